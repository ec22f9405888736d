package org.waymark.attendance;

import java.time.LocalDate;

/** How far a provider's register of one session has been taken: pupils expected and pupils marked. */
public record RegisterProgress(LocalDate date, Session session, int expected, int marked) {

    public boolean taken() {
        return marked >= expected;
    }

    public int stillToMark() {
        return Math.max(0, expected - marked);
    }
}
