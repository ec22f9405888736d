package org.waymark.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.waymark.shared.InvalidInputException;

/**
 * A GOV.UK date input (three boxes named {@code prefix-day}, {@code prefix-month}, {@code prefix-year}),
 * kept as typed so a page with an error shows back exactly what the user entered.
 */
public record DateInput(String prefix, String day, String month, String year) {

    public static DateInput from(Map<String, String> params, String prefix) {
        return new DateInput(prefix, trim(params.get(prefix + "-day")), trim(params.get(prefix + "-month")),
                trim(params.get(prefix + "-year")));
    }

    public static DateInput of(String prefix, LocalDate date) {
        return date == null ? new DateInput(prefix, "", "", "")
                : new DateInput(prefix, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isEmpty() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, or a GOV.UK-worded problem on the field {@code prefix-day}. {@code label} is e.g. "start date". */
    public LocalDate parse(String label) {
        String field = prefix + "-day";
        if (isEmpty()) {
            throw new InvalidInputException(field, "Enter the " + label);
        }
        StringBuilder missing = new StringBuilder();
        if (day.isEmpty()) {
            missing.append("a day");
        }
        if (month.isEmpty()) {
            missing.append(missing.isEmpty() ? "a month" : " and a month");
        }
        if (year.isEmpty()) {
            missing.append(missing.isEmpty() ? "a year" : " and a year");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(field, capitalise(label) + " must include " + missing);
        }
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4) {
                throw new InvalidInputException(field, "Year must include 4 numbers");
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InvalidInputException(field, capitalise(label) + " must be a real date");
        }
    }

    /** The date, or null with its problem added to {@code problems}, so a form reports every problem at once. */
    public LocalDate parseInto(org.waymark.shared.Problems problems, String label) {
        try {
            return parse(label);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.message()));
            return null;
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
