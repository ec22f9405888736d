package org.waymark.directory.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waymark.directory.Registration;

/**
 * One row of a GIAS establishment extract (dfe-reference.md §5), read by header name: what Waymark imports
 * (schools, and state-funded AP settings as registered providers) or why it skips or refuses the row. Plain Java.
 */
public record GiasEstablishment(long row, String urn, String name, String laCode, int typeCode, String status,
        String phase, Integer lowAge, Integer highAge, Integer pupils, String ukprn, String address, String postcode,
        String town, Kind kind, List<String> problems) {

    public enum Kind { SCHOOL, AP_PROVIDER, SKIPPED }

    public static final List<String> REQUIRED = List.of("URN", "EstablishmentName", "LA (code)",
            "TypeOfEstablishment (code)", "EstablishmentStatus (name)");

    /** State-funded AP (DfE statistics): PRU 14, AP free school 38, AP academy converter 42 and sponsor led 43. */
    public static final Set<Integer> AP_TYPES = Set.of(14, 38, 42, 43);
    /** Special schools: LA maintained (7, 12), academies and free schools (33, 36, 44), non-maintained (8). */
    public static final Set<Integer> SPECIAL_TYPES = Set.of(7, 8, 12, 33, 36, 44);
    /** Schools a pupil can be on roll at that the LA commissions for: groups 4, 5, 10 and 11 (state-funded, special). */
    public static final Set<String> SCHOOL_GROUPS = Set.of("4", "5", "10", "11");

    private static final DateTimeFormatter GIAS_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final Map<String, String> PHASES = Map.of("primary", "PRIMARY", "secondary", "SECONDARY",
            "all-through", "ALL_THROUGH", "16 plus", "SIXTEEN_PLUS", "nursery", "NURSERY",
            "middle deemed primary", "MIDDLE_DEEMED_PRIMARY", "middle deemed secondary", "MIDDLE_DEEMED_SECONDARY",
            "not applicable", "NOT_APPLICABLE");

    public static GiasEstablishment of(CsvUpload.Row r, String ourLaCode) {
        List<String> problems = new ArrayList<>();
        String urn = r.get("URN");
        if (urn.isEmpty()) {
            problems.add("column URN: empty");
        } else if (!urn.matches("\\d{6,7}")) {
            problems.add("column URN: '" + urn + "' is not a URN of 6 or 7 digits");
        }
        String name = r.get("EstablishmentName");
        if (name.isEmpty()) {
            problems.add("column EstablishmentName: empty");
        } else if (name.length() > 200) {
            problems.add("column EstablishmentName: longer than 200 characters");
        }
        int type = -1;
        try {
            type = Integer.parseInt(r.get("TypeOfEstablishment (code)"));
        } catch (NumberFormatException e) {
            problems.add("column TypeOfEstablishment (code): '" + r.get("TypeOfEstablishment (code)") + "' is not a number");
        }
        for (String dateColumn : List.of("OpenDate", "CloseDate")) {
            String d = r.get(dateColumn);
            if (!d.isEmpty()) {
                try {
                    LocalDate.parse(d, GIAS_DATE);
                } catch (DateTimeParseException e) {
                    problems.add("column " + dateColumn + ": '" + d + "' is not a date in the form DD-MM-YYYY");
                }
            }
        }
        Integer low = number(r, "StatutoryLowAge", problems);
        Integer high = number(r, "StatutoryHighAge", problems);
        Integer pupils = number(r, "NumberOfPupils", problems);
        String ukprn = r.get("UKPRN");
        if (!ukprn.isEmpty() && !ukprn.matches("1\\d{7}")) {
            problems.add("column UKPRN: '" + ukprn + "' is not an 8-digit UKPRN");
        }
        String status = r.get("EstablishmentStatus (name)");
        String la = r.get("LA (code)");
        Kind kind;
        if (!la.equals(ourLaCode) || status.equalsIgnoreCase("Closed") || status.equalsIgnoreCase("Proposed to open")) {
            kind = Kind.SKIPPED;
        } else if (AP_TYPES.contains(type)) {
            kind = Kind.AP_PROVIDER;
        } else if (SPECIAL_TYPES.contains(type) || SCHOOL_GROUPS.contains(r.get("EstablishmentTypeGroup (code)"))) {
            kind = Kind.SCHOOL;
        } else {
            kind = Kind.SKIPPED;
        }
        String phase = SPECIAL_TYPES.contains(type) ? "SPECIAL"
                : PHASES.getOrDefault(r.get("PhaseOfEducation (name)").toLowerCase(java.util.Locale.ROOT), "NOT_APPLICABLE");
        String street = String.join(", ", java.util.stream.Stream.of(r.get("Street"), r.get("Locality"), r.get("Address3"),
                r.get("Town")).filter(s -> !s.isEmpty()).toList());
        String postcode = r.get("Postcode");
        return new GiasEstablishment(r.number(), urn, name, la, type, status, phase, low, high, pupils,
                ukprn.isEmpty() ? null : ukprn, street.isEmpty() ? null : street, postcode.isEmpty() ? null : postcode,
                r.get("Town"), kind, List.copyOf(problems));
    }

    /** Why a row is skipped, in words; null when it is imported. */
    public String skipReason(String ourLaCode) {
        if (kind != Kind.SKIPPED) {
            return null;
        }
        if (!laCode.equals(ourLaCode)) {
            return "In another local authority (" + laCode + ")";
        }
        if (status.equalsIgnoreCase("Closed") || status.equalsIgnoreCase("Proposed to open")) {
            return "Establishment status: " + status;
        }
        return "Not a state-funded school or AP setting (type " + typeCode + ")";
    }

    public Registration registration() {
        return typeCode == 14 ? Registration.PUPIL_REFERRAL_UNIT : Registration.AP_ACADEMY_OR_FREE_SCHOOL;
    }

    private static Integer number(CsvUpload.Row r, String column, List<String> problems) {
        String v = r.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add("column " + column + ": '" + v + "' is not a whole number");
            return null;
        }
    }
}
