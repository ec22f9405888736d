package org.waymark.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/**
 * End-of-placement feedback from the pupil and the family, through a single-use link that expires after
 * {@link #LINK_LIFETIME} and is sent by e-mail; no account is needed and the form shows nothing about the child.
 * Only a hash of the link's token is stored (ADR 0502).
 */
@Service
public class Feedback {

    public static final Duration LINK_LIFETIME = Duration.ofDays(28);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final WaymarkSettings settings;

    Feedback(JdbcClient db, Clock clock, Placements placements, AuditTrail audit, ApplicationEventPublisher events,
            WaymarkSettings settings) {
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
    }

    public static boolean maySend(SignedInUser user, PlacementSummary p) {
        return Placements.isCommissioner(user, p)
                || (user.role() == Role.PROVIDER_STAFF && user.organisationId().equals(p.providerId()));
    }

    /**
     * Sends a feedback link for an ended placement to the pupil or a parent (the commissioner or the provider);
     * the e-mail address is used for this mail only and not kept. Returns the token (for the demo and tests).
     */
    @Transactional
    public String send(SignedInUser user, UUID placementId, String respondent, String email) {
        PlacementSummary p = placements.read(user, placementId);
        if (!maySend(user, p)) {
            throw new ForbiddenException("Only the commissioner or the provider sends feedback forms");
        }
        Problems problems = new Problems();
        FeedbackQuestions.Respondent who = respondent(respondent);
        if (who == null) {
            problems.add("respondent", "Choose who the form is for");
        }
        if (email == null || email.isBlank()) {
            problems.add("email", "Enter the e-mail address to send the form to");
        } else if (!email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            problems.add("email", "Enter an e-mail address in the correct format, like name@example.com");
        }
        problems.throwIfAny();
        if (p.status() != PlacementStatus.ENDED) {
            throw new ConflictException("Feedback forms are sent when a placement has ended",
                    List.of("The placement is " + p.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        String token = issue(p, who);
        String url = settings.baseUrl() + "/feedback/" + token;
        String body = who == FeedbackQuestions.Respondent.PUPIL
                ? "Hello,\n\nYou have finished your time at an alternative provision. Please tell us how it went: "
                        + "there are four short questions and it takes about two minutes.\n\n" + url
                        + "\n\nThe link works once and stops working after " + LINK_LIFETIME.toDays()
                        + " days. You do not need an account.\n"
                : "Hello,\n\nYour child has finished a placement at an alternative provision. Please tell us how it "
                        + "went: there are four short questions and it takes about two minutes.\n\n" + url
                        + "\n\nThe link works once and stops working after " + LINK_LIFETIME.toDays()
                        + " days. You do not need an account.\n";
        events.publishEvent(new MailMessage(email.trim(), "Tell us how alternative provision went", body));
        audit.record(user, AuditTrail.Action.CREATED, "FEEDBACK_LINK", placementId, p.pupilId(), p.localAuthorityId(),
                "feedback form sent to " + who.name().toLowerCase(java.util.Locale.ROOT));
        return token;
    }

    /** Creates a link without sending it (the demo story uses this). */
    String issue(PlacementSummary p, FeedbackQuestions.Respondent who) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = Timestamps.now(clock);
        db.sql("""
                insert into feedback_link (id, placement_id, local_authority_id, provider_id, respondent, token_hash,
                    created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), p.id(), p.localAuthorityId(), p.providerId(), who.name(), hash(token), now,
                        now.plus(LINK_LIFETIME))
                .update();
        return token;
    }

    static FeedbackQuestions.Respondent respondent(String s) {
        try {
            return s == null ? null : FeedbackQuestions.Respondent.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Link(UUID id, UUID placementId, UUID localAuthorityId, UUID providerId, String respondent,
            OffsetDateTime expiresAt, OffsetDateTime usedAt) {
    }

    private Optional<Link> link(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return db.sql("select id, placement_id, local_authority_id, provider_id, respondent, expires_at, used_at "
                + "from feedback_link where token_hash = ?").param(hash(token)).query(Link.class).optional();
    }

    /** What the link is now, and for whom (pupil or parent) when open. */
    public FeedbackLinkState state(String token) {
        return link(token).map(l -> l.usedAt() != null ? FeedbackLinkState.USED
                : !Timestamps.now(clock).isBefore(l.expiresAt()) ? FeedbackLinkState.EXPIRED : FeedbackLinkState.OPEN)
                .orElse(FeedbackLinkState.UNKNOWN);
    }

    /** Who an open link is for. */
    public Optional<FeedbackQuestions.Respondent> respondentOf(String token) {
        return link(token).map(l -> FeedbackQuestions.Respondent.valueOf(l.respondent()));
    }

    /**
     * Records the answers given through a link and uses the link up. Scores must be 1–5; a used, expired or unknown
     * link is a conflict (the page says so), and bad answers come back with the input kept.
     */
    @Transactional
    public void answer(String token, Map<String, Integer> scores, String comments) {
        FeedbackLinkState state = state(token);
        if (state == FeedbackLinkState.UNKNOWN) {
            throw new NotFoundException("Feedback link");
        }
        if (state != FeedbackLinkState.OPEN) {
            throw new ConflictException(state == FeedbackLinkState.USED ? "This form has already been answered"
                    : "This link has expired", List.of());
        }
        Problems problems = new Problems();
        for (FeedbackQuestions.Question q : FeedbackQuestions.QUESTIONS) {
            Integer v = scores.get(q.field());
            if (v == null || v < 1 || v > 5) {
                problems.add(q.field(), "Choose an answer for \u2018" + q.pupil() + "\u2019");
            }
        }
        if (comments != null && comments.length() > 2000) {
            problems.add("comments", "Your comments must be 2000 characters or fewer");
        }
        problems.throwIfAny();
        Link l = link(token).orElseThrow();
        OffsetDateTime now = Timestamps.now(clock);
        int used = db.sql("update feedback_link set used_at = ? where id = ? and used_at is null and expires_at > ?")
                .params(now, l.id(), now).update();
        if (used == 0) {
            throw new ConflictException("This form has already been answered", List.of());
        }
        db.sql("""
                insert into feedback_answer (id, link_id, placement_id, local_authority_id, provider_id, respondent,
                    felt_safe, helped, listened_to, ready_for_next, comments, answered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), l.id(), l.placementId(), l.localAuthorityId(), l.providerId(),
                        l.respondent(), scores.get("feltSafe"), scores.get("helped"), scores.get("listenedTo"),
                        scores.get("readyForNext"), Reviews.blank(comments), now)
                .update();
    }

    /** The answers about one placement the caller may see (audited). */
    public List<FeedbackAnswer> answers(SignedInUser user, UUID placementId) {
        PlacementSummary p = placements.read(user, placementId);
        audit.record(user, AuditTrail.Action.VIEWED, "FEEDBACK", placementId, p.pupilId(), p.localAuthorityId(),
                "feedback answers");
        return db.sql("""
                select id, placement_id, respondent, felt_safe, helped, listened_to, ready_for_next, comments,
                    answered_at from feedback_answer where placement_id = ? order by answered_at""")
                .param(placementId).query(FeedbackAnswer.class).list();
    }

    /** Links sent for a placement and how many are answered. */
    public long linksSent(UUID placementId) {
        return db.sql("select count(*) from feedback_link where placement_id = ?").param(placementId)
                .query(Long.class).single();
    }

    /**
     * A provider's feedback in aggregate (no comments, no names): its own staff, or the LA's users for a provider
     * its children attend. 404 otherwise.
     */
    public FeedbackSummary summary(SignedInUser user, UUID providerId) {
        String where;
        Object scope;
        if (user.role() == Role.PROVIDER_STAFF && user.organisationId().equals(providerId)) {
            where = "provider_id = ?";
            scope = providerId;
        } else if (user.is(Role.LA_ADMIN, Role.LA_OFFICER, Role.QA_PROFESSIONAL)) {
            where = "provider_id = ? and local_authority_id = ?";
            scope = user.localAuthorityId();
        } else {
            throw new NotFoundException("Provider");
        }
        List<Object> params = where.contains("local_authority_id") ? List.of(providerId, scope) : List.of(providerId);
        long pupils = db.sql("select count(*) from feedback_answer where " + where + " and respondent = 'PUPIL'")
                .params(params).query(Long.class).single();
        long parents = db.sql("select count(*) from feedback_answer where " + where + " and respondent = 'PARENT'")
                .params(params).query(Long.class).single();
        long sent = db.sql("select count(*) from feedback_link where " + where).params(params).query(Long.class)
                .single();
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        Map<String, Integer> agree = new LinkedHashMap<>();
        if (pupils + parents > 0) {
            String[][] columns = {{"feltSafe", "felt_safe"}, {"helped", "helped"}, {"listenedTo", "listened_to"},
                    {"readyForNext", "ready_for_next"}};
            for (String[] c : columns) {
                long total = db.sql("select coalesce(sum(" + c[1] + "), 0) from feedback_answer where " + where)
                        .params(params).query(Long.class).single();
                long agreeing = db.sql("select count(*) from feedback_answer where " + where + " and " + c[1] + " >= 4")
                        .params(params).query(Long.class).single();
                long n = pupils + parents;
                means.put(c[0], BigDecimal.valueOf(total).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
                agree.put(c[0], BigDecimal.valueOf(agreeing * 100).divide(BigDecimal.valueOf(n), 0,
                        RoundingMode.HALF_UP).intValue());
            }
        }
        return new FeedbackSummary(pupils, parents, sent, means, agree);
    }
}
