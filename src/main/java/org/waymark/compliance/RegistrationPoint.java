package org.waymark.compliance;

import java.time.LocalDate;
import java.util.List;

/** One point of a provider's registration-risk timeline: from {@code date}, these pupils count (rule 3). */
public record RegistrationPoint(LocalDate date, List<CountedPupil> pupils) {

    public static final int PUPILS_THRESHOLD = 5;

    public RegistrationPoint {
        pupils = List.copyOf(pupils);
    }

    /** Full-time pupils of compulsory school age. */
    public int count() {
        return pupils.size();
    }

    /** Of whom looked after or with an EHCP. */
    public long lookedAfterOrEhcp() {
        return pupils.stream().filter(CountedPupil::lookedAfterOrEhcp).count();
    }

    /** Five or more, or one looked after or with an EHCP. */
    public boolean thresholdReached() {
        return count() >= PUPILS_THRESHOLD || lookedAfterOrEhcp() >= 1;
    }
}
