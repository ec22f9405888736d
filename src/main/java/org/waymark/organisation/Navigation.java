package org.waymark.organisation;

import java.util.List;

/** A module adds its pages to the service navigation by role, by declaring a bean of this type. */
public interface Navigation {
    List<NavigationItem> itemsFor(SignedInUser user);
}
