package org.waymark.organisation.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NCSC-style password rules: length over complexity (12 to 128 characters), no password from the
 * common-passwords list, nothing built from the user's own e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Password must be " + MIN_LENGTH + " characters or more");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Password must be " + MAX_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of("Password is too common: choose one that is harder to guess, such as three random words");
        }
        if (email != null && email.contains("@")) {
            String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (local.length() >= 4 && lower.contains(local)) {
                return Optional.of("Password must not contain your email address");
            }
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/passwords/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("passwords/common-passwords.txt is missing from the build");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(s -> !s.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
