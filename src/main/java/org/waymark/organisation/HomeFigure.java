package org.waymark.organisation;

/** A count shown on a user's home page, with the list behind it. */
public record HomeFigure(int order, String label, long count, String href) {
}
