package org.waymark.shared;

import java.util.List;

/** Input that breaks a rule: 422 on the API, an error summary on a page. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("The input has " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
