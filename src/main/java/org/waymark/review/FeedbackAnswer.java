package org.waymark.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One answered end-of-placement feedback form (scores 1 strongly disagree … 5 strongly agree). */
public record FeedbackAnswer(UUID id, UUID placementId, FeedbackQuestions.Respondent respondent, int feltSafe,
        int helped, int listenedTo, int readyForNext, String comments, OffsetDateTime answeredAt) {
}
