package org.waymark.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.shared.web.DateInput;

class DateInputTest {

    @ParameterizedTest(name = "{0}/{1}/{2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "3|9|2026|2026-09-03|NONE",
            " 03 | 09 | 2026 |2026-09-03|NONE",
            "||||Enter the start date",
            "|9|2026|NONE|Start date must include a day",
            "3||2026|NONE|Start date must include a month",
            "3|||NONE|Start date must include a month and a year",
            "31|2|2026|NONE|Start date must be a real date",
            "x|2|2026|NONE|Start date must be a real date",
            "1|2|26|NONE|Year must include 4 numbers",
    })
    void parses(String day, String month, String year, String date, String problem) {
        DateInput input = DateInput.from(Map.of("start-day", nz(day), "start-month", nz(month), "start-year", nz(year)),
                "start");
        if (problem == null) {
            assertThat(input.parse("start date")).isEqualTo(LocalDate.parse(date));
        } else {
            assertThatThrownBy(() -> input.parse("start date")).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .containsExactly(new FieldProblem("start-day", problem)));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
