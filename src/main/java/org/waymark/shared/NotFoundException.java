package org.waymark.shared;

/** A record that does not exist or is outside the caller's scope: both answer 404, so scope leaks nothing. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
