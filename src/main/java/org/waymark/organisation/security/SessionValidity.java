package org.waymark.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.organisation.SignedInUser;

/**
 * Ends a signed-in session at once when the user was deactivated or their password changed since
 * sign-in, and after 12 hours whatever the activity (the 30-minute idle timeout is the session's own).
 */
class SessionValidity extends OncePerRequestFilter {

    static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

    private final Accounts accounts;
    private final Clock clock;

    SessionValidity(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            boolean tooOld = user.signedInAt().plus(ABSOLUTE_TIMEOUT).isBefore(clock.instant());
            if (tooOld || !accounts.sessionStillValid(user.id(), user.signedInAt())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/sign-in?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
