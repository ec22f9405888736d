package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarChartTest {

    private static final int USABLE = BarChart.WIDTH - BarChart.LABEL_WIDTH - BarChart.VALUE_ROOM;

    @ParameterizedTest(name = "{0} of a largest 40 is {1} units wide")
    @CsvSource({"40, 340", "20, 170", "1, 9", "0, 0"})
    void barsAreProportionalToTheLargest(long value, int width) {
        assertThat(USABLE).isEqualTo(340);
        BarChart chart = new BarChart("c", "Children by tier", "Children",
                List.of(BarChart.Bar.of("Largest", 40, null), BarChart.Bar.of("This one", value, null)));
        assertThat(chart.barWidth(1)).isEqualTo(width);
    }

    @Test
    void anEmptyOrAllZeroChartDrawsNoBarsAndSaysSo() {
        assertThat(new BarChart("c", "Open flags", "Flags", List.of()).description()).isEqualTo("Open flags: no data.");
        BarChart zeros = new BarChart("c", "Open flags", "Flags", List.of(BarChart.Bar.of("A", 0, null)));
        assertThat(zeros.barWidth(0)).isZero();
    }

    @Test
    void theDescriptionNamesTheLargestBarAsShownSoASuppressedFigureStaysHidden() {
        BarChart chart = new BarChart("c", "Children by school", "Children",
                List.of(new BarChart.Bar("Castlegate", 3, Suppression.FEWER_THAN_5, null),
                        BarChart.Bar.of("Eastmoor", 12, "/x")));
        assertThat(chart.description()).contains("the largest is Eastmoor with 12");
        assertThat(chart.barWidth(0)).as("a suppressed bar is not drawn").isZero();
        assertThat(chart.barWidth(1)).isEqualTo(USABLE);
        assertThatThrownBy(() -> BarChart.Bar.of("Negative", -1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
