package org.waymark.oversight;

import java.util.Objects;

/**
 * Which identifier a census AP placement record carries: exactly one of the URN of the setting (GIAS), the UKPRN of
 * the provider where it has no URN, or the AP setting type where it has neither (dfe-reference §4.4: "exactly one of
 * URN / UKPRN / setting type is supplied"). Only a well-formed identifier counts: a URN is six digits, a UKPRN eight
 * digits starting with 1; anything else is treated as not recorded. The setting type is {@code OOT} (one-on-one
 * tuition) for a provider whose only framework lot is one-to-one tutoring, otherwise {@code OTH} (other unregistered
 * provider); Waymark does not record non-maintained FE ({@code NFE}) or work-based placements ({@code WBP}), see
 * ADR 0710.
 */
public record CensusSetting(Kind kind, String value) {

    public enum Kind { URN, UKPRN, SETTING_TYPE }

    /** The setting types of the AP census (dfe-reference §4.4). */
    public static final String ONE_ON_ONE_TUITION = "OOT";
    public static final String OTHER_UNREGISTERED = "OTH";

    public CensusSetting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param urn             the provider's URN as recorded (may be null or blank)
     * @param ukprn           the provider's UKPRN as recorded (may be null or blank)
     * @param oneToOneTuition whether the provider offers only one-to-one tuition
     */
    public static CensusSetting of(String urn, String ukprn, boolean oneToOneTuition) {
        String u = urn == null ? "" : urn.strip();
        if (u.matches("\\d{6}")) {
            return new CensusSetting(Kind.URN, u);
        }
        String p = ukprn == null ? "" : ukprn.strip();
        if (p.matches("1\\d{7}")) {
            return new CensusSetting(Kind.UKPRN, p);
        }
        return new CensusSetting(Kind.SETTING_TYPE, oneToOneTuition ? ONE_ON_ONE_TUITION : OTHER_UNREGISTERED);
    }

    public String urn() {
        return kind == Kind.URN ? value : "";
    }

    public String ukprn() {
        return kind == Kind.UKPRN ? value : "";
    }

    public String settingType() {
        return kind == Kind.SETTING_TYPE ? value : "";
    }
}
