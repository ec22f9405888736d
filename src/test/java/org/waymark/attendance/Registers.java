package org.waymark.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test registers written compactly: {@code "/*37 N*3"} is 37 sessions of {@code /} then 3 of {@code N}. */
final class Registers {

    private Registers() {
    }

    /** Marks on consecutive sessions (AM, PM, next day AM…) from {@code first}. */
    static List<Mark> marks(LocalDate first, String register) {
        List<Mark> marks = new ArrayList<>();
        if (register == null) {
            return marks;
        }
        for (String entry : register.trim().split("\\s+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\*");
            int times = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            for (int i = 0; i < times; i++) {
                int n = marks.size();
                marks.add(Mark.of(first.plusDays(n / 2), n % 2 == 0 ? Session.AM : Session.PM, parts[0]));
            }
        }
        return marks;
    }
}
