package org.waymark.shared;

/** One field's problem: the field name as the caller sent it and a message a person can act on. */
public record FieldProblem(String field, String message) {
}
