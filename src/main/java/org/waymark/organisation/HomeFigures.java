package org.waymark.organisation;

import java.util.List;

/** A module adds its counts to the home page of each role by declaring a bean of this type. */
public interface HomeFigures {
    List<HomeFigure> figuresFor(SignedInUser user);
}
