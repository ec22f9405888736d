package org.waymark.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AuditEvent(long id, OffsetDateTime at, UUID userId, String userName, String userRole, String action,
        String subjectType, String subjectId, UUID pupilId, String detail) {
}
