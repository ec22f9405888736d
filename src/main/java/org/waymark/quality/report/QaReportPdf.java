package org.waymark.quality.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.ChecklistItem;
import org.waymark.quality.QaSection;
import org.waymark.quality.QaVisits;
import org.waymark.quality.QaWords;
import org.waymark.shared.ConflictException;

/**
 * The QA report as a PDF, from the XHTML template {@code quality/report-pdf} through openhtmltopdf: the provider,
 * visit, activities, the judgement, checklist, strengths and areas for development of each section, and the action
 * plan. Only a recorded visit has a report; a draft is marked as such until the LA signs it off.
 */
@Component
public class QaReportPdf {

    private final QaVisits visits;
    private final TemplateEngine templates;

    QaReportPdf(QaVisits visits, TemplateEngine templates) {
        this.visits = visits;
        this.templates = templates;
    }

    public byte[] render(SignedInUser user, UUID visitId) {
        QaVisits.QaVisit visit = visits.visit(user, visitId);
        if (visit.visitedOn() == null) {
            throw new ConflictException("The visit has not been recorded yet, so there is no report");
        }
        if (!visit.signedOff() && user.role() == org.waymark.organisation.Role.PROVIDER_STAFF) {
            throw new org.waymark.shared.NotFoundException("QA report");
        }
        Context ctx = new Context(java.util.Locale.UK);
        ctx.setVariable("visit", visit);
        ctx.setVariable("judgements", visits.judgements(user, visitId));
        ctx.setVariable("checklist", visits.checklist(user, visitId));
        ctx.setVariable("items", java.util.Arrays.stream(ChecklistItem.values()).toList());
        ctx.setVariable("sections", QaSection.values());
        ctx.setVariable("actions", visits.actionItems(user, visitId));
        ctx.setVariable("visitedOn", QaWords.date(visit.visitedOn()));
        ctx.setVariable("words", new Words());
        String html = templates.process("quality/report-pdf", ctx);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Date formatting for the template. */
    public static final class Words {
        public String date(java.time.LocalDate d) {
            return QaWords.date(d);
        }
    }
}
