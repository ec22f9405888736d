package org.waymark.directory.web;

import java.time.DayOfWeek;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.Need;
import org.waymark.directory.Registration;
import org.waymark.directory.DirectorySearch;
import org.waymark.directory.internal.OfferRules;
import org.waymark.shared.Problems;

/** The directory's filters from query parameters; an unknown value is a 422 naming the parameter. */
final class DirectoryFilters {

    private DirectoryFilters() {
    }

    static DirectorySearch parse(String q, Integer lot, Integer age, String need, String day, String area,
            String registration, String status) {
        Problems p = new Problems();
        Need n = blank(need) ? null : Need.parse(need);
        if (!blank(need) && n == null) {
            p.add("need", "need must be a DfE SEN need code, like SEMH");
        }
        DayOfWeek d = blank(day) ? null : OfferRules.day(day);
        if (!blank(day) && d == null) {
            p.add("day", "day must be MONDAY to FRIDAY");
        }
        Registration r = blank(registration) ? null : Registration.parse(registration);
        if (!blank(registration) && r == null) {
            p.add("registration", "registration must be a registration status of domain.md");
        }
        DirectoryStatus s = null;
        if (!blank(status) && !status.equals("ANY")) {
            try {
                s = DirectoryStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                p.add("directoryStatus", "directoryStatus must be a directory status of domain.md");
            }
        }
        if (age != null && (age < 3 || age > 25)) {
            p.add("age", "age must be between 3 and 25");
        }
        p.throwIfAny();
        return new DirectorySearch(blank(q) ? null : q.trim(), lot, age, n, d, blank(area) ? null : area.trim(), r, s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
