package org.waymark.directory;

import java.time.DayOfWeek;

/** The directory's filters; any may be null (no filter). */
public record DirectorySearch(String q, Integer lot, Integer age, Need need, DayOfWeek day, String area,
        Registration registration, DirectoryStatus status) {

    public static DirectorySearch approvedOnly() {
        return new DirectorySearch(null, null, null, null, null, null, null, DirectoryStatus.APPROVED);
    }
}
