package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.shared.BadQueryException;

/** The plain rules behind the oversight figures: suppression beside a school's own, periods, the forecast. */
class OversightRulesTest {

    private static List<Long> longs(String s) {
        return Arrays.stream(s.split(" ")).map(Long::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} beside own {1} → {2}")
    @CsvSource({
            "0, 0, 0",
            "3, 0, fewer than 5",
            "4, 4, fewer than 5",
            "5, 5, 5",
            "7, 3, suppressed",   // the other schools' 4 would show by subtraction
            "9, 4, 9",
            "9, 9, 9",            // the others have none: a zero reveals no child
            "12, 8, suppressed",
            "40, 2, 40"})
    void anAggregateBesideAnOrganisationsOwnFigure(long aggregate, long own, String shown) {
        assertThat(Suppression.besideOwn(aggregate, own).text()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} beside own {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "10 20 30 | 1 2 3     | 10,20,30,60",
            "10 2 30  | 1 0 3     | 10,fewer than 5,30,42 with 10 suppressed",
            "10 20 30 | 8 0 0     | suppressed,20,30,60 with 20 suppressed",
            "1 2 3    | 0 2 1     | fewer than 5,fewer than 5,fewer than 5,suppressed",
            "0 0 12   | 0 0 5     | 0,0,12,12"})
    void aRowOfAggregatesHidesSmallCellsAndWhatWouldRevealThem(String cells, String own, String expected) {
        List<String> shown = Suppression.rowBesideOwn(longs(cells), longs(own)).stream().map(Suppression.Shown::text)
                .toList();
        String[] parts = expected.split(" with ");
        List<String> want = new java.util.ArrayList<>(List.of(parts[0].split(",")));
        if (parts.length == 2) {
            // secondary suppression: the named cell is hidden too
            String hidden = parts[1].replace(" suppressed", "");
            want.set(want.indexOf(hidden), Suppression.SUPPRESSED);
        }
        assertThat(shown).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource(nullValues = "-", value = {
            "-, -, 2024-09-01, 2026-11-23, 3",
            "2026-09-01, -, 2026-09-01, 2026-11-23, 1",
            "2025-01-01, 2025-12-31, 2025-01-01, 2025-12-31, 2"})
    void aPeriodDefaultsToThreeAcademicYears(String from, String to, String wantFrom, String wantTo, int years) {
        Period p = Period.parse(from, to, LocalDate.parse("2026-11-23"));
        assertThat(p.from()).isEqualTo(wantFrom);
        assertThat(p.to()).isEqualTo(wantTo);
        assertThat(p.academicYears()).hasSize(years);
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource(nullValues = "-", value = {
            "2026-02-30, -, must be a real date",
            "yesterday, -, must be a real date",
            "-, 2026/11/01, must be a real date",
            "2026-10-01, 2026-09-01, must be on or before its end",
            "2010-09-01, -, at most 10 academic years"})
    void aBadPeriodIsA400WithItsReason(String from, String to, String message) {
        assertThatThrownBy(() -> Period.parse(from, to, LocalDate.parse("2026-11-23")))
                .isInstanceOf(BadQueryException.class)
                .satisfies(e -> assertThat(((BadQueryException) e).problems().get(0).message()).contains(message));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "2024-11-04 2025-01-13 2025-10-06 2025-11-10 2026-09-14 2026-10-05, 3",   // windows 1, 3, 2
            "2024-01-10 2025-01-10 2025-02-10 2026-01-10 2026-02-10 2026-03-10, 4",   // 1, 2, 3: rising by one
            "2024-01-10 2024-02-10 2024-03-10 2025-01-10, 0",                         // 3, 1, 0: never below zero
            "2026-01-10 2026-02-10, -"})                                              // one window: no forecast
    void theForecastFollowsTheLineThroughTheLastThreeYears(String starts, Long expected) {
        List<LocalDate> dates = Arrays.stream(starts.split(" ")).map(LocalDate::parse).toList();
        assertThat(Sufficiency.forecast(dates, LocalDate.parse("2026-11-23")).nextYear()).isEqualTo(expected);
    }
}
