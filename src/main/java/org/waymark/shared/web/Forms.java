package org.waymark.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.waymark.shared.FieldProblem;

/**
 * Puts a form's problems in the model the way the layout's error summary and field-error fragments
 * read them: {@code errors} (in order, for the summary) and {@code fieldErrors} (by field).
 */
public final class Forms {
    private Forms() {
    }

    public static void reject(Model model, List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            byField.putIfAbsent(p.field(), p.message());
        }
        model.addAttribute("errors", problems);
        model.addAttribute("fieldErrors", byField);
    }
}
