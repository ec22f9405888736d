package org.waymark.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.waymark.shared.Problems;

/** Reading a JSON body's text fields with a problem on the field, instead of a 400 that names none. */
public final class JsonFields {

    private JsonFields() {
    }

    /** An ISO date, or null when blank; a malformed one adds a problem on {@code field} and gives null. */
    public static LocalDate date(Problems p, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            p.add(field, "Enter a real date as YYYY-MM-DD");
            return null;
        }
    }

    /** A record's id, or null when blank; a malformed one adds a problem on {@code field} and gives null. */
    public static UUID id(Problems p, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            p.add(field, "Not a known id");
            return null;
        }
    }
}
