package org.waymark.organisation;

/** A link in the service navigation; lower {@code order} comes first. */
public record NavigationItem(int order, String label, String href) {
}
