package org.waymark.pupil;

import java.util.Arrays;
import java.util.Optional;

/**
 * The DfE's core reason codes for a suspension or permanent exclusion (dfe-reference §4.3). "Other" was
 * removed, so every reason is specific. The expanded MIS set in the reference is unverified and not offered.
 */
public enum ExclusionReason {
    PP("Physical assault against a pupil"),
    PA("Physical assault against an adult"),
    VP("Verbal abuse or threatening behaviour against a pupil"),
    VA("Verbal abuse or threatening behaviour against an adult"),
    OW("Use or threat of use of an offensive weapon or prohibited item"),
    BU("Bullying"),
    RA("Racist abuse"),
    LG("Abuse against sexual orientation and gender identity"),
    DS("Abuse relating to disability"),
    SM("Sexual misconduct"),
    DA("Drug and alcohol related"),
    DM("Damage"),
    TH("Theft"),
    PD("Persistent or general disruptive behaviour"),
    MT("Inappropriate use of social media or online technology"),
    WT("Wilful and repeated transgression of protective measures in place to protect public health");

    private final String label;

    ExclusionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }

    public static Optional<ExclusionReason> parse(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.name().equals(code.trim().toUpperCase(java.util.Locale.ROOT)))
                        .findFirst();
    }
}
