package org.waymark.commissioning.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.SupportPlans;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupils;

/** The printable placement record for review meetings: an XHTML template rendered to PDF by openhtmltopdf. */
@Component
class PlacementPdf {

    private final ITemplateEngine templates;
    private final Placements placements;
    private final Pupils pupils;
    private final SupportPlans plans;
    private final AuditTrail audit;
    private final Clock clock;

    PlacementPdf(ITemplateEngine templates, Placements placements, Pupils pupils, SupportPlans plans, AuditTrail audit,
            Clock clock) {
        this.templates = templates;
        this.placements = placements;
        this.pupils = pupils;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    byte[] render(SignedInUser user, UUID id) {
        PlacementSummary s = placements.read(user, id);
        Context context = new Context();
        LocalDate today = LocalDate.now(clock);
        context.setVariable("p", s);
        context.setVariable("pupil", pupils.find(s.pupilId()).orElseThrow());
        context.setVariable("today", today);
        context.setVariable("plan", plans.plan(user, id));
        context.setVariable("grid", WeekGrid.of(s.wholeWeek()));
        context.setVariable("forProvider", user.role() == Role.PROVIDER_STAFF);
        context.setVariable("outcomes", Placements.OUTCOMES);
        String html = templates.process("commissioning/placement-pdf", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            audit.record(user, AuditTrail.Action.EXPORTED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(),
                    "placement record PDF");
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The placement record could not be rendered", e);
        }
    }
}
