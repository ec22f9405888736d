package org.waymark.review.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.review.ProgressEntry;
import org.waymark.review.Review;
import org.waymark.shared.web.UkTime;

/** The review record as a PDF (openhtmltopdf), laid out as the Appendix A review meeting section. */
@Component
class ReviewPdf {

    private final UkTime ukTime;

    ReviewPdf(UkTime ukTime) {
        this.ukTime = ukTime;
    }

    byte[] render(PlacementSummary p, Review r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Review record</title><style>")
                .append("body{font-family:sans-serif;font-size:11pt;color:#0b0c0c}h1{font-size:18pt}")
                .append("h2{font-size:13pt;margin-top:16pt}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #b1b4b6;padding:4pt;text-align:left;vertical-align:top}")
                .append("th{width:35%;background:#f3f2f1}.n{text-align:right}</style></head><body>");
        h.append("<h1>Alternative provision review record</h1>");
        h.append("<table>");
        row(h, "Child or young person", p.pupilName());
        row(h, "Provider", p.providerName());
        row(h, "Commissioner", p.commissioner().name());
        row(h, "Placement", ukTime.date(p.startDate()) + " to "
                + (p.plannedEndDate() == null ? "no planned end" : ukTime.date(p.plannedEndDate())));
        row(h, "Review meeting date", ukTime.date(r.date()));
        row(h, "Present", String.join(", ", r.attendees()));
        row(h, "Attendance", (r.attendanceRate() == null ? "Not known" : r.attendanceRate() + "%") + " since "
                + ukTime.date(r.attendanceFrom()) + (r.attendanceFromRegisters() ? " (from registers)"
                        : " (entered by the reviewer)"));
        row(h, "The pupil's views", r.pupilViews());
        row(h, "The parent's or carer's views", r.parentViews());
        row(h, "Changes to the assessed need", or(r.needChanges()));
        row(h, "Changes to the desired outcomes or timescales", or(r.outcomeChanges()));
        row(h, "Changes to the support plan, including reintegration", or(r.planChanges()));
        row(h, "Notes from the review meeting", or(r.notes()));
        row(h, "Extension agreed", r.extension() == null ? "No" : "Yes. New finish date "
                + ukTime.date(r.extension().newEndDate()) + ". " + r.extension().reason());
        row(h, "Next review date", ukTime.date(r.nextReviewDate()));
        row(h, "Recorded by", r.recordedBy() + ", " + ukTime.dateTime(r.recordedAt()));
        h.append("</table>");
        if (!r.progress().isEmpty()) {
            h.append("<h2>Progress on each outcome (0 to 10)</h2><table><tr><th>Outcome</th><th>Baseline</th>")
                    .append("<th>Now</th><th>Target</th></tr>");
            for (ProgressEntry e : r.progress()) {
                h.append("<tr><td>").append(esc(e.outcome())).append("</td><td class=\"n\">").append(e.baseline())
                        .append("</td><td class=\"n\">").append(e.current()).append("</td><td class=\"n\">")
                        .append(e.target()).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<p>Official-sensitive: this record is about a child. Keep it securely.</p></body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(h.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String or(String s) {
        return s == null ? "None" : s;
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s).replace("\n", "<br/>");
    }
}
