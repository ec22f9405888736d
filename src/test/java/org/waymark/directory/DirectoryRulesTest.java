package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.directory.internal.OfferRules;
import org.waymark.shared.Problems;

/** The directory's plain rules: status moves, document expiry, and checking an entry's fields. */
class DirectoryRulesTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "NOT_LISTED, APPLIED, true",
            "NOT_LISTED, APPROVED, true",      // desk-top review
            "NOT_LISTED, SUSPENDED, false",
            "APPLIED, UNDER_CHECK, true",
            "APPLIED, APPROVED, false",        // checks first
            "APPLIED, NOT_LISTED, true",       // rejected
            "UNDER_CHECK, APPROVED, true",
            "UNDER_CHECK, NOT_LISTED, true",
            "UNDER_CHECK, SUSPENDED, false",
            "APPROVED, SUSPENDED, true",
            "APPROVED, REMOVED, true",
            "APPROVED, APPLIED, false",
            "SUSPENDED, APPROVED, true",       // reinstated
            "SUSPENDED, REMOVED, true",
            "REMOVED, APPLIED, true",          // applies again
            "REMOVED, APPROVED, false",
    })
    void statusMoves(DirectoryStatus from, DirectoryStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "expires {0}, today {1}: {2}")
    @CsvSource({
            "2026-12-31, 2026-11-23, CURRENT",
            "2026-12-24, 2026-11-23, CURRENT",        // 31 days ahead
            "2026-12-23, 2026-11-23, EXPIRING_SOON",  // exactly 30 days ahead
            "2026-11-23, 2026-11-23, EXPIRING_SOON",  // expires today: still valid today
            "2026-11-22, 2026-11-23, EXPIRED",
            "2025-01-01, 2026-11-23, EXPIRED",
    })
    void documentExpiry(LocalDate expires, LocalDate today, DocumentExpiry expected) {
        assertThat(DocumentExpiry.of(expires, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "urn|12345|urn",
            "urn|1234567|",
            "ukprn|20012345|ukprn",
            "ukprn|10012345|",
            "lots|2,11|lots",
            "lots|2;10|",
            "ageFrom|2|ageFrom",
            "ageTo|26|ageTo",
            "needs|SEMH,XYZ|needs",
            "needs|semh,asd|",
            "days|SATURDAY|days",
            "days|mon,FRIDAY|",
            "capacity|-1|capacity",
            "capacity|twelve|capacity",
            "postcode|NOT A CODE|postcode",
            "postcode|em1 3qa|",
            "costPerSession|£65.50|",
            "costPerSession|65.505|costPerSession",
            "contactEmail|office.example|contactEmail",
            "dslTrainedOn|2027-01-01|dslTrainedOn-day",
            "dslTrainedOn|2026-02-30|dslTrainedOn-day",
            "dslTrainedOn|2026-02-03|",
            "registration|CHARITY|registration",
    })
    void entryFields(String field, String value, String problemField) {
        Map<String, String> raw = new HashMap<>(Map.of("name", "Test provider", "registration", "UNREGISTERED"));
        raw.put(field, value);
        Problems p = new Problems();
        OfferRules.parse(raw, Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), LocalDate.of(2026, 11, 23), p);
        if (problemField == null) {
            assertThat(p.list()).isEmpty();
        } else {
            assertThat(p.list()).extracting(f -> f.field()).containsExactly(problemField);
        }
    }

    @ParameterizedTest(name = "ages {0}–{1}: ok {2}")
    @CsvSource({"11, 16, true", "16, 16, true", "16, 11, false"})
    void ageRangeIsOrdered(String from, String to, boolean ok) {
        Problems p = new Problems();
        OfferRules.parse(Map.of("name", "X", "registration", "ONLINE", "ageFrom", from, "ageTo", to), Set.of(),
                LocalDate.of(2026, 11, 23), p);
        assertThat(p.isEmpty()).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0}: {1} → {2} is checked {3}")
    @CsvSource({
            "capacity, 12, 14, true",
            "lots, '3', '3,8', true",
            "dslName, Kev Brennan, Lisa Doyle, true",
            "description, Old words, New words, false",
            "sessionTimes, 09:00 to 14:00, 09:30 to 14:30, false",
            "capacity, 12, ' 12 ', false",
    })
    void changesToCheckedFactsGoBackToTheLa(String field, String before, String after, boolean checked) {
        Map<String, String> changed = OfferRules.checkedChanges(Map.of(field, before), Map.of(field, after));
        assertThat(changed.containsKey(field)).isEqualTo(checked);
    }
}
