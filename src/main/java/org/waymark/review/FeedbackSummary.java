package org.waymark.review;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A provider's feedback in aggregate: how many pupils and parents answered and, per question, the mean score
 * (1–5, one decimal) and the share who agreed (4 or 5), as a whole percentage. Empty maps when nobody answered.
 */
public record FeedbackSummary(long pupilAnswers, long parentAnswers, long linksSent,
        Map<String, BigDecimal> meanByQuestion, Map<String, Integer> percentAgreeingByQuestion) {
}
