package org.waymark.pupil;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid UPNs for tests (LA 999 is the demo LA; establishment and serial random). */
public final class TestUpns {
    private TestUpns() {
    }

    public static String next() {
        StringBuilder digits = new StringBuilder("999");
        for (int i = 0; i < 9; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return Upn.checkLetter(digits.toString()) + digits.toString();
    }
}
