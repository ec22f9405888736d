package org.waymark.quality;

import java.util.UUID;

/** Published when the LA signs off a QA report and shares it with the provider. */
public record QaReportSignedOff(UUID visitId, UUID providerId, UUID localAuthorityId, Judgement outcome) {
}
