package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exactly one of URN, UKPRN or setting type, in that order of preference (dfe-reference §4.4). */
class CensusSettingTest {

    @ParameterizedTest(name = "urn={0} ukprn={1} tuition={2} -> {3} {4}")
    @CsvSource(nullValues = "null", value = {
            "100000,   10012345, false, URN,          100000",
            "' 140123 ', null,   false, URN,          140123",
            "null,     10012345, false, UKPRN,        10012345",
            "'',       10012345, true,  UKPRN,        10012345",
            "12345,    10012345, false, UKPRN,        10012345", // five digits is not a URN
            "ABC123,   null,     false, SETTING_TYPE, OTH",
            "null,     20012345, false, SETTING_TYPE, OTH", // a UKPRN starts with 1
            "null,     1001234,  false, SETTING_TYPE, OTH", // seven digits is not a UKPRN
            "null,     null,     false, SETTING_TYPE, OTH",
            "null,     null,     true,  SETTING_TYPE, OOT",
            "'  ',     '  ',     true,  SETTING_TYPE, OOT",
            "100000,   null,     true,  URN,          100000"})
    void exactlyOneIdentifier(String urn, String ukprn, boolean tuition, CensusSetting.Kind kind, String value) {
        CensusSetting s = CensusSetting.of(urn, ukprn, tuition);
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.value()).isEqualTo(value);
        int filled = (s.urn().isEmpty() ? 0 : 1) + (s.ukprn().isEmpty() ? 0 : 1) + (s.settingType().isEmpty() ? 0 : 1);
        assertThat(filled).isEqualTo(1);
    }
}
