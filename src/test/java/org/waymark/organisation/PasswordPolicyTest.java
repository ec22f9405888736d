package org.waymark.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.organisation.security.PasswordPolicy;

class PasswordPolicyTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "|Enter a password",
            "short pass|Password must be 12 characters or more",
            "elevenchars|Password must be 12 characters or more",
            "twelve chars|NONE",
            "correct horse battery staple|NONE",
            "password1234|Password is too common: choose one that is harder to guess, such as three random words",
            "PASSWORD1234|Password is too common: choose one that is harder to guess, such as three random words",
            "aaaaaaaaaaaaaaaa|Password is too common: choose one that is harder to guess, such as three random words",
            "helen.price-2026|Password must not contain your email address",
    })
    void rules(String password, String problem) {
        assertThat(PasswordPolicy.problem(password == null ? "" : password, "helen.price@school.example").orElse(null))
                .isEqualTo(problem);
    }

    @org.junit.jupiter.api.Test
    void allowsUpTo128CharactersAndNoMore() {
        String ok = "a-long-passphrase-".repeat(8).substring(0, 128);
        assertThat(PasswordPolicy.problem(ok, "x@y.example")).isEmpty();
        assertThat(PasswordPolicy.problem(ok + "x", "x@y.example")).contains("Password must be 128 characters or fewer");
    }
}
