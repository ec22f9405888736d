package org.waymark.quality;

import java.util.UUID;

/** Published when anyone raises a concern about a provider (pupil id null when not about one child). */
public record ConcernRaised(UUID concernId, UUID providerId, UUID pupilId, ConcernCategory category) {
}
