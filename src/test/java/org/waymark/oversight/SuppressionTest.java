package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuppressionTest {

    @ParameterizedTest(name = "{0} is shown as \"{1}\"")
    @CsvSource({
            "0, 0",
            "1, fewer than 5",
            "4, fewer than 5",
            "5, 5",
            "17, 17"
    })
    void countsFromOneToFourAreNotShown(long count, String shown) {
        assertThat(Suppression.one(count).text()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // nothing small: all shown
            "10 12 7 | 10,12,7,29",
            // one small cell with a shown total: the next smallest cell goes too, or 3 = 29 - 10 - 16
            "3 16 10 | fewer than 5,16,suppressed,29",
            // two small cells hide each other already
            "3 2 20 | fewer than 5,fewer than 5,20,25",
            // a zero is shown and is never the secondary cell
            "0 3 9 | 0,fewer than 5,suppressed,12",
            // a small total is suppressed itself, so nothing can be worked out
            "1 0 2 | fewer than 5,0,fewer than 5,fewer than 5",
            // one small cell and no other non-zero cell: the total is small too
            "4 0 | fewer than 5,0,fewer than 5"
    })
    void aSingleSmallCellIsProtectedFromSubtraction(String cells, String expected) {
        List<Long> values = Arrays.stream(cells.trim().split(" ")).map(Long::valueOf).toList();
        List<String> shown = Suppression.rowWithTotal(values).stream().map(Suppression.Shown::text).toList();
        assertThat(shown).containsExactly(expected.trim().split(","));
    }
}
