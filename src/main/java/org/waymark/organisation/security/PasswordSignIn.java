package org.waymark.organisation.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.waymark.organisation.SignedInUser;

/** E-mail and password sign-in, throttled per address. */
@Component
public class PasswordSignIn implements AuthenticationProvider {

    static final String WRONG = "Enter a correct email address and password";

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    // compared against when the address has no account, so both answers take as long
    private final String decoyHash;

    PasswordSignIn(Accounts accounts, SignInThrottle throttle, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.encoder = encoder;
        this.decoyHash = encoder.encode("decoy password for timing only");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = String.valueOf(request.getName()).trim().toLowerCase(Locale.ROOT);
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        Optional<String> refusal = throttle.refusal(email);
        if (refusal.isPresent()) {
            throw new LockedException(refusal.get());
        }
        if (email.isEmpty() || password.isEmpty()) {
            throw new BadCredentialsException(WRONG); // nothing was tried, so nothing is counted
        }
        if (password.length() > PasswordPolicy.MAX_LENGTH * 4) {
            throw new BadCredentialsException(WRONG); // never hash unbounded input
        }
        var credentials = accounts.byEmail(email);
        boolean matches = encoder.matches(password, credentials.map(Accounts.Credentials::passwordHash).orElse(decoyHash));
        if (credentials.isEmpty() || !matches) {
            throttle.failed(email);
            throw new BadCredentialsException(WRONG);
        }
        if (!credentials.get().active()) {
            throw new DisabledException("Your account has been deactivated. Ask your local authority's Waymark "
                    + "administrator if you still need access.");
        }
        throttle.succeeded(email);
        SignedInUser user = credentials.get().user();
        return authenticated(user);
    }

    public static UsernamePasswordAuthenticationToken authenticated(SignedInUser user) {
        return new SignedIn(user);
    }

    /** Names the user by id (what the session table stores), never by e-mail or name. */
    static final class SignedIn extends UsernamePasswordAuthenticationToken {
        SignedIn(SignedInUser user) {
            super(user, null, List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        }

        @Override
        public String getName() {
            return ((SignedInUser) getPrincipal()).id().toString();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
