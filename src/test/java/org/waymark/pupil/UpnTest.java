package org.waymark.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UPN check letters from dfe-reference.md §6 (DfE guide examples and the computed test UPNs). */
class UpnTest {

    @ParameterizedTest(name = "{0} valid={1} temporary={2}")
    @CsvSource({
            "H801200001001, true, false",
            "Z801200001001, false, false",
            "G80120000101A, true, true",
            "B801200005001, true, false",
            "X00180001701A, true, true",
            "K801200024001, true, false",
            "Z380209325017, true, false",
            "G926411123105, true, false",
            "F202100026999, true, false",
            "T330700125042, true, false",
            "J80120002401A, true, true",
            "k801 2000 24001, true, false",
            "I801200024001, false, false",
            "K80120002400, false, false",
            "K8012000240011, false, false",
            "K8012000A4001, false, false",
            "K80120002400I, false, true",
    })
    void checkLetters(String upn, boolean valid, boolean temporary) {
        assertThat(Upn.isValid(upn)).isEqualTo(valid);
        assertThat(Upn.isTemporary(upn)).isEqualTo(temporary);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "''| Enter the pupil's UPN",
            "H80120000100| UPN must be 13 characters, like H801200001001",
            "Z801200001001| UPN is not valid: wrong check letter at character 1",
            "H8012000A1001| UPN is not valid: characters 2 to 12 must all be numbers",
    })
    void problemsSayWhatIsWrong(String upn, String message) {
        assertThat(Upn.problem(upn)).contains(message);
    }
}
