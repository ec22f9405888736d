package org.waymark.oversight;

import java.util.List;

/** The list behind one figure: a heading, the column headings and one row per record, each linking to it. */
public record FigureList(String title, List<String> headings, List<Row> rows) {

    /** A record: its name (linked to {@code href} when there is a page for it) and the other cells. */
    public record Row(String name, String href, List<String> cells) {
    }
}
