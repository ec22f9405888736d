package org.waymark.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the rules need to know about one placement, as the placements module computes it.
 *
 * @param localAuthorityId      the LA responsible for the pupil (owner of flags on LA- or parent-commissioned
 *                              placements)
 * @param proposedOn            the date the placement was proposed (recorded with its provider and dates)
 * @param plannedEnd            the planned last day, or null when open-ended
 * @param endedOn               the last day of an ENDED placement, else null
 * @param fullTimeAtProvider    rule 2, computed by the placements module: more than 18 hours a week in the
 *                              working day, or all of the pupil's education for more than one term
 * @param daysPerWeek           days a week the timetable places the pupil at the provider
 * @param weeklyHours           hours a week at the provider
 * @param termsSpanned          academic terms of the LA calendar that the placement touches (for evidence)
 * @param moreThanOneTerm       whether it lasts, or is planned to last, more than one academic term
 * @param settingsInPupilsWeek  settings that make up the pupil's full-time offer (home school, this provider
 *                              and any others with sessions in the pupil's week)
 * @param reviewIntervalWeeks   weeks between reviews (default 6)
 * @param lastReviewOn          the date of the latest review, or null
 * @param nextReviewOn          the next review date agreed at the latest review (or at the start), or null
 * @param laSenDecisionOn       the date the LA SEN team recorded its decision (EHCP pupils), or null
 */
public record PlacementFacts(UUID placementId, UUID pupilId, UUID providerId, Commissioner commissioner,
        UUID localAuthorityId, PlacementStatus status, LocalDate proposedOn, LocalDate start, LocalDate plannedEnd,
        LocalDate endedOn, boolean fullTimeAtProvider, int daysPerWeek, BigDecimal weeklyHours, int termsSpanned,
        boolean moreThanOneTerm, int settingsInPupilsWeek, int reviewIntervalWeeks, LocalDate lastReviewOn,
        LocalDate nextReviewOn, LocalDate laSenDecisionOn) {

    public static final int DEFAULT_REVIEW_INTERVAL_WEEKS = 6;

    public PlacementFacts {
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(commissioner, "commissioner");
        Objects.requireNonNull(localAuthorityId, "localAuthorityId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        if (proposedOn == null) {
            proposedOn = start;
        }
        if (status == PlacementStatus.ENDED && endedOn == null) {
            throw new IllegalArgumentException("An ENDED placement needs its end date");
        }
        if (daysPerWeek < 0 || daysPerWeek > 7) {
            throw new IllegalArgumentException("daysPerWeek must be 0 to 7");
        }
        if (reviewIntervalWeeks <= 0) {
            reviewIntervalWeeks = DEFAULT_REVIEW_INTERVAL_WEEKS;
        }
    }

    /**
     * The last day the pupil is (or was, or is planned to be) at the provider, as seen on {@code today}: the end
     * date of an ended placement; for an active one its planned end, or today when it has run past it; for a
     * proposed one its planned end. {@link LocalDate#MAX} when open-ended.
     */
    public LocalDate lastDay(LocalDate today) {
        if (status == PlacementStatus.ENDED) {
            return endedOn;
        }
        if (plannedEnd == null) {
            return LocalDate.MAX;
        }
        if (status == PlacementStatus.ACTIVE && plannedEnd.isBefore(today)) {
            return today;
        }
        return plannedEnd;
    }

    /** Whether the pupil was at the provider on {@code date}: an ACTIVE or ENDED placement covering it. */
    public boolean tookPlaceOn(LocalDate date, LocalDate today) {
        return (status == PlacementStatus.ACTIVE || status == PlacementStatus.ENDED) && covers(date, today);
    }

    /** Whether the placement's dates (actual or planned) cover {@code date}, whatever its status. */
    public boolean covers(LocalDate date, LocalDate today) {
        return !date.isBefore(start) && !date.isAfter(lastDay(today));
    }

    /** Whether the placement is ACTIVE and has started by {@code today}. */
    public boolean activeOn(LocalDate today) {
        return status == PlacementStatus.ACTIVE && !start.isAfter(today);
    }

    public static Builder builder(UUID placementId, UUID pupilId, UUID providerId) {
        return new Builder(placementId, pupilId, providerId);
    }

    /** Builds facts field by field (the record has many components). */
    public static final class Builder {
        private final UUID placementId;
        private final UUID pupilId;
        private final UUID providerId;
        private Commissioner commissioner;
        private UUID localAuthorityId;
        private PlacementStatus status = PlacementStatus.ACTIVE;
        private LocalDate proposedOn;
        private LocalDate start;
        private LocalDate plannedEnd;
        private LocalDate endedOn;
        private boolean fullTimeAtProvider;
        private int daysPerWeek;
        private BigDecimal weeklyHours = BigDecimal.ZERO;
        private int termsSpanned = 1;
        private boolean moreThanOneTerm;
        private int settingsInPupilsWeek = 1;
        private int reviewIntervalWeeks = DEFAULT_REVIEW_INTERVAL_WEEKS;
        private LocalDate lastReviewOn;
        private LocalDate nextReviewOn;
        private LocalDate laSenDecisionOn;

        private Builder(UUID placementId, UUID pupilId, UUID providerId) {
            this.placementId = placementId;
            this.pupilId = pupilId;
            this.providerId = providerId;
        }

        public Builder commissioner(Commissioner c, UUID localAuthority) { commissioner = c; localAuthorityId = localAuthority; return this; }
        public Builder status(PlacementStatus s) { status = s; return this; }
        public Builder proposedOn(LocalDate d) { proposedOn = d; return this; }
        public Builder dates(LocalDate from, LocalDate plannedTo) { start = from; plannedEnd = plannedTo; return this; }
        public Builder endedOn(LocalDate d) { endedOn = d; return this; }
        public Builder fullTimeAtProvider(boolean b) { fullTimeAtProvider = b; return this; }
        public Builder daysPerWeek(int n) { daysPerWeek = n; return this; }
        public Builder weeklyHours(BigDecimal h) { weeklyHours = h; return this; }
        public Builder terms(int spanned, boolean moreThanOne) { termsSpanned = spanned; moreThanOneTerm = moreThanOne; return this; }
        public Builder settingsInPupilsWeek(int n) { settingsInPupilsWeek = n; return this; }
        public Builder reviewIntervalWeeks(int n) { reviewIntervalWeeks = n; return this; }
        public Builder lastReviewOn(LocalDate d) { lastReviewOn = d; return this; }
        public Builder nextReviewOn(LocalDate d) { nextReviewOn = d; return this; }
        public Builder laSenDecisionOn(LocalDate d) { laSenDecisionOn = d; return this; }

        public PlacementFacts build() {
            return new PlacementFacts(placementId, pupilId, providerId, commissioner, localAuthorityId, status,
                    proposedOn, start, plannedEnd, endedOn, fullTimeAtProvider, daysPerWeek, weeklyHours,
                    termsSpanned, moreThanOneTerm, settingsInPupilsWeek, reviewIntervalWeeks, lastReviewOn,
                    nextReviewOn, laSenDecisionOn);
        }
    }
}
