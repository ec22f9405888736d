package org.waymark.shared;

import java.util.List;

/** A list's filters that cannot be read (an unknown code, a malformed date): 400 on the API, not 422. */
public class BadQueryException extends InvalidInputException {
    public BadQueryException(List<FieldProblem> problems) {
        super(problems);
    }
}
