package org.waymark.directory.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.directory.Need;
import org.waymark.directory.Registration;
import org.waymark.shared.Problems;

/**
 * Checks a directory entry given as raw field values (a form, a PATCH, a spreadsheet row) and turns it into
 * typed values; plain Java. Which fields the LA has checked, so that a provider's change to them waits for
 * the LA (ADR 0102), is {@link #CHECKED}.
 */
public final class OfferRules {

    /** Facts the LA checked at approval: a provider's change to one goes back to the LA. */
    public static final Set<String> CHECKED = Set.of("name", "registration", "urn", "ukprn", "lots", "ageFrom", "ageTo",
            "needs", "capacity", "address", "postcode", "area", "dslName", "dslTrainedOn", "deputyDslName",
            "deputyDslTrainedOn");

    public static final List<String> FIELDS = List.of("name", "registration", "urn", "ukprn", "lots", "ageFrom",
            "ageTo", "needs", "subjects", "qualifications", "days", "sessionTimes", "capacity", "address", "postcode",
            "area", "costPerSession", "contactEmail", "contactPhone", "description", "dslName", "dslTrainedOn",
            "deputyDslName", "deputyDslTrainedOn");

    public static final Map<String, String> LABELS = labels();

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private OfferRules() {
    }

    /** The typed entry (without id, status and version); its problems added to {@code p}. */
    public record Parsed(String name, Registration registration, String urn, String ukprn, List<Integer> lots,
            Integer ageFrom, Integer ageTo, List<Need> needs, String subjects, String qualifications,
            List<DayOfWeek> days, String sessionTimes, Integer capacity, String address, String postcode, String area,
            BigDecimal costPerSession, String contactEmail, String contactPhone, String description, String dslName,
            LocalDate dslTrainedOn, String deputyDslName, LocalDate deputyDslTrainedOn) {
    }

    public static Parsed parse(Map<String, String> raw, Set<Integer> lotNumbers, LocalDate today, Problems p) {
        String name = text(raw, "name", 200, p);
        if (name == null) {
            p.add("name", "Enter the provider's name");
        }
        Registration registration = Registration.parse(raw.get("registration"));
        if (registration == null) {
            p.add("registration", "Choose the provider's registration status");
        }
        String urn = text(raw, "urn", 7, p);
        if (urn != null && !urn.matches("\\d{6,7}")) {
            p.add("urn", "URN must be 6 or 7 digits, like 100006");
        }
        String ukprn = text(raw, "ukprn", 8, p);
        if (ukprn != null && !ukprn.matches("1\\d{7}")) {
            p.add("ukprn", "UKPRN must be 8 digits starting with 1, like 10012345");
        }
        List<Integer> lots = new ArrayList<>();
        for (String s : list(raw.get("lots"))) {
            try {
                int n = Integer.parseInt(s);
                if (!lotNumbers.contains(n)) {
                    p.add("lots", "There is no lot " + n + " in the framework");
                } else if (!lots.contains(n)) {
                    lots.add(n);
                }
            } catch (NumberFormatException e) {
                p.add("lots", "Lots must be lot numbers, like 2 or 10");
            }
        }
        lots.sort(null);
        Integer ageFrom = integer(raw, "ageFrom", "Youngest age", 3, 25, p);
        Integer ageTo = integer(raw, "ageTo", "Oldest age", 3, 25, p);
        if (ageFrom != null && ageTo != null && ageFrom > ageTo) {
            p.add("ageTo", "Oldest age must be the same as or more than the youngest age");
        }
        List<Need> needs = new ArrayList<>();
        for (String s : list(raw.get("needs"))) {
            Need n = Need.parse(s);
            if (n == null) {
                p.add("needs", "'" + s + "' is not a need type; use the DfE codes, like SEMH or ASD");
            } else if (!needs.contains(n)) {
                needs.add(n);
            }
        }
        needs.sort(null);
        List<DayOfWeek> days = new ArrayList<>();
        for (String s : list(raw.get("days"))) {
            DayOfWeek d = day(s);
            if (d == null) {
                p.add("days", "'" + s + "' is not a weekday; use MONDAY to FRIDAY");
            } else if (!days.contains(d)) {
                days.add(d);
            }
        }
        days.sort(null);
        Integer capacity = integer(raw, "capacity", "Capacity", 0, 2000, p);
        String postcode = text(raw, "postcode", 10, p);
        if (postcode != null) {
            postcode = postcode.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            if (!postcode.matches("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}")) {
                p.add("postcode", "Enter a real postcode, like M1 1AA");
            }
        }
        BigDecimal cost = null;
        String costText = blank(raw.get("costPerSession"));
        if (costText != null) {
            try {
                cost = new BigDecimal(costText.replace("£", "").replace(",", ""));
                if (cost.signum() < 0 || cost.compareTo(new BigDecimal("10000")) >= 0 || cost.scale() > 2) {
                    p.add("costPerSession", "Cost per session must be an amount in pounds, like 65.00");
                    cost = null;
                }
            } catch (NumberFormatException e) {
                p.add("costPerSession", "Cost per session must be an amount in pounds, like 65.00");
            }
        }
        String email = text(raw, "contactEmail", 254, p);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            p.add("contactEmail", "Enter an email address in the correct format, like name@example.com");
        }
        LocalDate dslTrainedOn = date(raw, "dslTrainedOn", "designated safeguarding lead's training", today, p);
        LocalDate deputyTrainedOn = date(raw, "deputyDslTrainedOn", "deputy's training", today, p);
        return new Parsed(name, registration, urn, ukprn, List.copyOf(lots), ageFrom, ageTo, List.copyOf(needs),
                text(raw, "subjects", 2000, p), text(raw, "qualifications", 2000, p), List.copyOf(days),
                text(raw, "sessionTimes", 200, p), capacity, text(raw, "address", 500, p), postcode,
                text(raw, "area", 100, p), cost, email, text(raw, "contactPhone", 40, p),
                text(raw, "description", 2000, p), text(raw, "dslName", 200, p), dslTrainedOn,
                text(raw, "deputyDslName", 200, p), deputyTrainedOn);
    }

    /** The entry's values in one canonical spelling, so that equal entries compare equal. */
    public static Map<String, String> canonical(Parsed e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", nz(e.name()));
        m.put("registration", e.registration() == null ? "" : e.registration().name());
        m.put("urn", nz(e.urn()));
        m.put("ukprn", nz(e.ukprn()));
        m.put("lots", e.lots().toString());
        m.put("ageFrom", String.valueOf(e.ageFrom()));
        m.put("ageTo", String.valueOf(e.ageTo()));
        m.put("needs", e.needs().toString());
        m.put("subjects", nz(e.subjects()));
        m.put("qualifications", nz(e.qualifications()));
        m.put("days", e.days().toString());
        m.put("sessionTimes", nz(e.sessionTimes()));
        m.put("capacity", String.valueOf(e.capacity()));
        m.put("address", nz(e.address()));
        m.put("postcode", nz(e.postcode()));
        m.put("area", nz(e.area()));
        m.put("costPerSession", e.costPerSession() == null ? "" : e.costPerSession().stripTrailingZeros().toPlainString());
        m.put("contactEmail", nz(e.contactEmail()));
        m.put("contactPhone", nz(e.contactPhone()));
        m.put("description", nz(e.description()));
        m.put("dslName", nz(e.dslName()));
        m.put("dslTrainedOn", String.valueOf(e.dslTrainedOn()));
        m.put("deputyDslName", nz(e.deputyDslName()));
        m.put("deputyDslTrainedOn", String.valueOf(e.deputyDslTrainedOn()));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The checked fields whose value differs between {@code before} and {@code after} (after normalising). */
    public static Map<String, String> checkedChanges(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (String f : FIELDS) {
            if (CHECKED.contains(f) && !norm(before.get(f)).equals(norm(after.get(f)))) {
                changed.put(f, norm(after.get(f)));
            }
        }
        return changed;
    }

    public static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String part : s.split("[,;]")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    public static DayOfWeek day(String s) {
        for (DayOfWeek d : WEEKDAYS) {
            if (d.name().equalsIgnoreCase(s.trim()) || d.name().substring(0, 3).equalsIgnoreCase(s.trim())) {
                return d;
            }
        }
        return null;
    }

    static String norm(String s) {
        return s == null ? "" : s.trim();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String text(Map<String, String> raw, String field, int max, Problems p) {
        String s = blank(raw.get(field));
        if (s != null && s.length() > max) {
            p.add(field, LABELS.get(field) + " must be " + max + " characters or fewer");
            return null;
        }
        return s;
    }

    private static Integer integer(Map<String, String> raw, String field, String label, int min, int max, Problems p) {
        String s = blank(raw.get(field));
        if (s == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(s);
            if (n < min || n > max) {
                p.add(field, label + " must be between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            p.add(field, label + " must be a whole number");
            return null;
        }
    }

    private static LocalDate date(Map<String, String> raw, String field, String label, LocalDate today, Problems p) {
        String s = blank(raw.get(field));
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.isAfter(today)) {
                p.add(field + "-day", "The date of the " + label + " must be today or in the past");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            p.add(field + "-day", "The date of the " + label + " must be a real date");
            return null;
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "Name");
        m.put("registration", "Registration status");
        m.put("urn", "URN");
        m.put("ukprn", "UKPRN");
        m.put("lots", "Framework lots");
        m.put("ageFrom", "Youngest age");
        m.put("ageTo", "Oldest age");
        m.put("needs", "Needs served");
        m.put("subjects", "Subjects");
        m.put("qualifications", "Qualifications");
        m.put("days", "Days");
        m.put("sessionTimes", "Times");
        m.put("capacity", "Capacity");
        m.put("address", "Address");
        m.put("postcode", "Postcode");
        m.put("area", "Area");
        m.put("costPerSession", "Cost per session");
        m.put("contactEmail", "Contact email");
        m.put("contactPhone", "Contact telephone");
        m.put("description", "About the provision");
        m.put("dslName", "Designated safeguarding lead");
        m.put("dslTrainedOn", "Designated safeguarding lead trained on");
        m.put("deputyDslName", "Deputy designated safeguarding lead");
        m.put("deputyDslTrainedOn", "Deputy trained on");
        return java.util.Collections.unmodifiableMap(m);
    }

    static Set<Integer> numbers(List<Integer> l) {
        return new LinkedHashSet<>(l);
    }
}
