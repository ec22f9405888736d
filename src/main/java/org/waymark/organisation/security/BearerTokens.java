package org.waymark.organisation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.organisation.ApiTokens;

/** Authenticates /api/** requests by their bearer token; nothing else (no cookie session) is accepted there. */
class BearerTokens extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokens(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String secret = header.substring(7).trim();
            if (!secret.isEmpty() && secret.length() <= 200) {
                tokens.authenticate(secret).ifPresent(user -> {
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(PasswordSignIn.authenticated(user));
                    SecurityContextHolder.setContext(context);
                });
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
