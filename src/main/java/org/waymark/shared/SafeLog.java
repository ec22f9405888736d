package org.waymark.shared;

/**
 * Describes an exception for the log without its messages: database and validation messages can carry
 * a child's name, date of birth or a note, which must never reach a log file.
 */
public final class SafeLog {
    private SafeLog() {
    }

    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable t = error;
        int depth = 0;
        while (t != null && depth++ < 5) {
            out.append(depth == 1 ? "" : " caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 8); i++) {
                out.append("\n    at ").append(frames[i]);
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return out.toString();
    }
}
