package org.waymark.shared;

import java.util.List;

/**
 * The record changed since the caller read it, or a state change is not possible now (409).
 * {@code problems} lists every unmet requirement so a user can fix them all at once.
 */
public class ConflictException extends RuntimeException {
    private final List<String> problems;

    public ConflictException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public ConflictException(String message) {
        this(message, List.of());
    }

    public List<String> problems() {
        return problems;
    }

    /** Someone else saved the record first. */
    public static ConflictException staleEdit(String what) {
        return new ConflictException(what + " was changed by someone else while you were editing it. "
                + "Your changes have not been saved: reload the page to see the latest version.");
    }
}
