package org.waymark.oversight;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart drawn on the server as SVG (template fragment {@code oversight/charts :: bars}), always
 * followed by its data table, so that it needs no JavaScript and a screen reader reads the table.
 * Geometry is in SVG user units: the template scales it to the page width.
 */
public record BarChart(String id, String title, String valueHeading, List<Bar> bars) {

    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 240;
    public static final int ROW_HEIGHT = 28;
    public static final int BAR_HEIGHT = 18;
    static final int VALUE_GAP = 6;
    static final int VALUE_ROOM = 60;

    /**
     * One bar: its label, value, the text shown for the value, whether it is suppressed, and the list behind it.
     * A value may be in any unit the chart shares (tenths of a percent for rates), with {@code shown} in words.
     */
    public record Bar(String label, long value, String shown, String href, boolean hidden) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException("A bar cannot be negative");
            }
            shown = shown == null ? Long.toString(value) : shown;
        }

        /** A count shown as {@code shown}: suppressed when the text is not the number itself. */
        public Bar(String label, long value, String shown, String href) {
            this(label, value, shown, href, shown != null && !shown.equals(Long.toString(value)));
        }

        /** A suppressed figure draws no bar: its length would give the hidden number away. */
        public boolean suppressed() {
            return hidden;
        }

        public static Bar of(String label, long value, String href) {
            return new Bar(label, value, null, href);
        }

        /** A rate (percentage to one decimal, or null when there is nothing to divide): drawn in tenths. */
        public static Bar percent(String label, java.math.BigDecimal rate, String href) {
            if (rate == null) {
                return new Bar(label, 0, "no data", href, false);
            }
            return new Bar(label, rate.movePointRight(1).longValue(), rate.toPlainString() + "%", href, false);
        }
    }

    public BarChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        bars = List.copyOf(bars);
    }

    /** The largest figure that is shown (suppressed ones do not set the scale either). */
    public long max() {
        return bars.stream().filter(b -> !b.suppressed()).mapToLong(Bar::value).max().orElse(0);
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW_HEIGHT + 4;
    }

    /** Width of bar {@code i} in user units: proportional to the largest, a zero bar is drawn as nothing. */
    public int barWidth(int i) {
        long max = max();
        if (max == 0 || bars.get(i).suppressed()) {
            return 0;
        }
        long usable = WIDTH - LABEL_WIDTH - VALUE_ROOM;
        return (int) Math.round((double) bars.get(i).value() * usable / max);
    }

    /** For the template (which may not reach static fields inside attributes). */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    public int barY(int i) {
        return i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    }

    public int textY(int i) {
        return i * ROW_HEIGHT + ROW_HEIGHT / 2 + 5;
    }

    public int valueX(int i) {
        return LABEL_WIDTH + barWidth(i) + VALUE_GAP;
    }

    /** A short description for assistive technology: the chart's largest bar. */
    public String description() {
        if (bars.isEmpty()) {
            return title + ": no data.";
        }
        Bar top = bars.stream().max((a, b) -> Long.compare(a.value(), b.value())).orElseThrow();
        return title + ": " + bars.size() + " bars; the largest is " + top.label() + " with " + top.shown()
                + ". The same figures are in the table below.";
    }
}
