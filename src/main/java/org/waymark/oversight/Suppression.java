package org.waymark.oversight;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for figures shown beyond the LA's own officers and for published exports:
 * counts from 1 to 4 are shown as "fewer than 5" (primary suppression), and when a row's total is shown, a
 * single suppressed cell would be revealed by subtraction, so the next smallest cell is suppressed too
 * (secondary suppression). Zero is shown: it reveals no child.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;
    public static final String FEWER_THAN_5 = "fewer than 5";
    /** A cell hidden only so that a small one cannot be worked out by subtraction. */
    public static final String SUPPRESSED = "suppressed";

    /** A figure as it may be shown: its text, and whether it was suppressed. */
    public record Shown(String text, boolean suppressed) {
        static Shown of(long value) {
            return new Shown(Long.toString(value), false);
        }

        static Shown hidden() {
            return new Shown(FEWER_THAN_5, true);
        }
    }

    private Suppression() {
    }

    public static boolean needsSuppression(long count) {
        return count >= 1 && count < THRESHOLD;
    }

    public static Shown one(long count) {
        return needsSuppression(count) ? Shown.hidden() : Shown.of(count);
    }

    /**
     * A row of counts that adds up to a total shown beside it: the cells, then the total last.
     * When exactly one cell is suppressed (and the total is not), the smallest other non-zero cell is suppressed
     * as well so that the hidden one cannot be worked out.
     */
    public static List<Shown> rowWithTotal(List<Long> cells) {
        long total = cells.stream().mapToLong(Long::longValue).sum();
        List<Shown> shown = new ArrayList<>();
        int hidden = 0;
        for (long c : cells) {
            Shown s = one(c);
            hidden += s.suppressed() ? 1 : 0;
            shown.add(s);
        }
        Shown totalShown = one(total);
        if (hidden == 1 && !totalShown.suppressed()) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (!shown.get(i).suppressed() && cells.get(i) > 0
                        && (smallest < 0 || cells.get(i) < cells.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, new Shown(SUPPRESSED, true));
            }
        }
        shown.add(totalShown);
        return shown;
    }

    /**
     * An aggregate shown to one organisation beside its own figure (a school's position against the LA): hidden
     * when it is 1–4, and when the difference from the organisation's own figure is 1–4, since subtracting its
     * own would reveal the others' small count.
     */
    public static Shown besideOwn(long aggregate, long own) {
        if (needsSuppression(aggregate)) {
            return Shown.hidden();
        }
        if (needsSuppression(aggregate - own)) {
            return new Shown(SUPPRESSED, true);
        }
        return Shown.of(aggregate);
    }

    /**
     * A row of aggregates with its total (last), shown to one organisation whose own figures are {@code own}
     * (same length as {@code cells}): each cell as {@link #besideOwn}, the total too, and when exactly one cell
     * is hidden and the total is shown, the smallest other non-zero cell is hidden as well.
     */
    public static List<Shown> rowBesideOwn(List<Long> cells, List<Long> own) {
        if (cells.size() != own.size()) {
            throw new IllegalArgumentException("One own figure for each cell");
        }
        List<Shown> shown = new ArrayList<>();
        int hidden = 0;
        long total = 0;
        long ownTotal = 0;
        for (int i = 0; i < cells.size(); i++) {
            Shown s = besideOwn(cells.get(i), own.get(i));
            hidden += s.suppressed() ? 1 : 0;
            shown.add(s);
            total += cells.get(i);
            ownTotal += own.get(i);
        }
        Shown totalShown = besideOwn(total, ownTotal);
        if (hidden == 1 && !totalShown.suppressed()) {
            int smallest = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (!shown.get(i).suppressed() && cells.get(i) > 0
                        && (smallest < 0 || cells.get(i) < cells.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, new Shown(SUPPRESSED, true));
            }
        }
        shown.add(totalShown);
        return shown;
    }
}
