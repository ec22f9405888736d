package org.waymark.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while checking input, then throws them all at once. */
public final class Problems {
    private final List<FieldProblem> list = new ArrayList<>();

    public Problems add(String field, String message) {
        list.add(new FieldProblem(field, message));
        return this;
    }

    public boolean has(String field) {
        return list.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
