package org.waymark.pupil;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Unique Pupil Number (dfe-reference.md §6): 13 characters, a check letter then 12 digits, or for a
 * temporary UPN 11 digits and a letter. The check letter is the weighted sum of positions 2–13 (weights 2…13,
 * a letter at 13 taking its index in {@link #LETTERS}) modulo 23, mapped through {@link #LETTERS}.
 */
public final class Upn {

    /** The 23 letters used (I, O and S never are). */
    public static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static final Pattern FORMAT = Pattern.compile("^[A-HJ-NP-RT-Z]\\d{12}$|^[A-HJ-NP-RT-Z]\\d{11}[A-HJ-NP-RT-Z]$");

    private Upn() {
    }

    /** Upper case without spaces, as stored. */
    public static String normalise(String upn) {
        return upn == null ? "" : upn.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The check letter for positions 2–13. */
    public static char checkLetter(String last12) {
        if (last12 == null || last12.length() != 12) {
            throw new IllegalArgumentException("Positions 2 to 13 of a UPN are 12 characters");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = last12.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : (i == 11 ? LETTERS.indexOf(c) : -1);
            if (v < 0) {
                throw new IllegalArgumentException("Not a UPN character at position " + (i + 2));
            }
            sum += v * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    /** Why the UPN is not valid, in DfE's words, or empty when it is. */
    public static Optional<String> problem(String upn) {
        String u = normalise(upn);
        if (u.isEmpty()) {
            return Optional.of("Enter the pupil's UPN");
        }
        if (u.length() != 13) {
            return Optional.of("UPN must be 13 characters, like H801200001001");
        }
        if (!FORMAT.matcher(u).matches()) {
            if (!u.substring(1, 12).chars().allMatch(Character::isDigit)) {
                return Optional.of("UPN is not valid: characters 2 to 12 must all be numbers");
            }
            return Optional.of("UPN is not valid: the first and last characters must be a number or one of the letters "
                    + "A to Z except I, O and S");
        }
        if (checkLetter(u.substring(1)) != u.charAt(0)) {
            return Optional.of("UPN is not valid: wrong check letter at character 1");
        }
        return Optional.empty();
    }

    public static boolean isValid(String upn) {
        return problem(upn).isEmpty();
    }

    /** A temporary UPN ends in a letter (allocated while the permanent one is unknown). */
    public static boolean isTemporary(String upn) {
        String u = normalise(upn);
        return u.length() == 13 && Character.isLetter(u.charAt(12));
    }
}
