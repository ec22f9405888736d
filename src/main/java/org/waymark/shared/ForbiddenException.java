package org.waymark.shared;

/** The caller's role may not take this action (403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
