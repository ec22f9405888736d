package org.waymark.review.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.Problems;

/** Turns service field names into the ids of the fields on the pages (dates: {@code <prefix>-day}). */
final class PageFields {

    private static final Set<String> DATES = Set.of("date", "nextReviewDate", "endDate", "checkedOn");

    private PageFields() {
    }

    static List<FieldProblem> onPage(List<FieldProblem> problems) {
        return problems.stream().map(p -> new FieldProblem(id(p.field()), p.message())).toList();
    }

    static String id(String field) {
        if (DATES.contains(field)) {
            return field + "-day";
        }
        if (field.equals("extension.newEndDate")) {
            return "newEndDate-day";
        }
        if (field.equals("extension.reason")) {
            return "extensionReason";
        }
        if (field.startsWith("progress[")) {
            return field.replaceAll("progress\\[(\\d+)]\\.(\\w+)", "progress-$1-$2");
        }
        return field;
    }

    static Integer integer(Problems p, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            p.add(field, label + " must be a whole number");
            return null;
        }
    }

    static BigDecimal decimal(Problems p, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace("%", ""));
        } catch (NumberFormatException e) {
            p.add(field, label + " must be a number, like 87.5");
            return null;
        }
    }
}
