package org.waymark.organisation.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.waymark.organisation.ApiTokens;

/** Two doors: /api/** by bearer token only (stateless, no CSRF), pages by signed-in session with CSRF. */
@Configuration
class SecurityConfiguration {

    static final String FAILURE_ATTRIBUTE = "waymark.signInFailure";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id with Spring Security's current defaults (OWASP's minimum: 19 MiB, 2 iterations)
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.requireExplicitSave(true))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new BearerTokens(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                        .permitAll().anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                                "Send a valid personal API token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN,
                                "Your role may not do this.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, Clock clock, PasswordSignIn signIn)
            throws Exception {
        http.authenticationProvider(signIn)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/sign-in", "/password-reset", "/password-reset/**", "/assets/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/error",
                                "/accessibility", "/privacy", "/feedback/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failure()))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.COOKIES, ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
                .headers(h -> h.referrerPolicy(r -> r.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .addFilterBefore(new SessionValidity(accounts, clock), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** Back to the sign-in page with the message and the e-mail address typed (never the password). */
    private static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String email = request.getParameter("email");
            String password = request.getParameter("password");
            SignInFailure failure;
            if (email == null || email.isBlank()) {
                failure = new SignInFailure("", "email", "Enter your email address");
            } else if (password == null || password.isEmpty()) {
                failure = new SignInFailure(email, "password", "Enter your password");
            } else {
                String message = exception.getMessage() == null ? PasswordSignIn.WRONG : exception.getMessage();
                failure = new SignInFailure(email.length() > 254 ? "" : email, "email", message);
            }
            request.getSession(true).setAttribute(FAILURE_ATTRIBUTE, failure);
            response.sendRedirect(request.getContextPath() + "/sign-in?error");
        };
    }

    private static void problem(HttpServletResponse res, HttpStatus status, String detail) throws java.io.IOException {
        res.setStatus(status.value());
        res.setContentType("application/problem+json");
        var body = Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(),
                "detail", detail);
        res.getWriter().write(new tools.jackson.databind.ObjectMapper().writeValueAsString(body));
    }
}
