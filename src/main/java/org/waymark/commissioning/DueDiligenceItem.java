package org.waymark.commissioning;

import java.time.LocalDate;

/** One due diligence check: when it was done, the evidence, and who did it. */
public record DueDiligenceItem(DueDiligenceCheck check, LocalDate completedOn, String evidence, String completedBy) {

    public boolean done() {
        return completedOn != null && evidence != null && !evidence.isBlank();
    }
}
