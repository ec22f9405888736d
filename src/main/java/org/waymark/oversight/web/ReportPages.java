package org.waymark.oversight.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.waymark.calendar.Term;
import org.waymark.organisation.LocalAuthority;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.Suppression;
import org.waymark.oversight.TermlyReport;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;
import org.waymark.shared.web.UkTime;

/** The termly oversight report for the LA's AP board: the term chosen on a small form, then a PDF (openhtmltopdf). */
@Controller
class ReportPages {

    private final TermlyReport reports;
    private final Organisations organisations;
    private final UkTime ukTime;

    ReportPages(TermlyReport reports, Organisations organisations, UkTime ukTime) {
        this.reports = reports;
        this.organisations = organisations;
        this.ukTime = ukTime;
    }

    @GetMapping("/oversight/report")
    String form(SignedInUser user, @RequestParam(required = false) String term, Model model) {
        model.addAttribute("terms", reports.terms(user));
        model.addAttribute("term", term == null ? "" : term);
        return "oversight/report";
    }

    @GetMapping("/oversight/report.pdf")
    Object pdf(SignedInUser user, @RequestParam(required = false) String term, Model model) {
        Term chosen;
        try {
            chosen = reports.term(user, term);
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            model.addAttribute("terms", reports.terms(user));
            model.addAttribute("term", term == null ? "" : term);
            return new org.springframework.web.servlet.ModelAndView("oversight/report", model.asMap(),
                    org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        String la = organisations.findLocalAuthority(user.localAuthorityId()).map(LocalAuthority::name).orElse("");
        TermlyReport.Report r = reports.report(user, la, chosen);
        String name = "ap-board-report-" + chosen.academicYear().replace('/', '-') + "-" + chosen.name().toLowerCase()
                + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(render(r));
    }

    byte[] render(TermlyReport.Report r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Termly AP oversight report")
                .append("</title><style>body{font-family:sans-serif;font-size:11pt;color:#0b0c0c}h1{font-size:18pt}")
                .append("h2{font-size:13pt;margin-top:16pt}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #b1b4b6;padding:4pt;text-align:left;vertical-align:top}")
                .append("th{background:#f3f2f1}.n{text-align:right;width:25%}</style></head><body>");
        h.append("<h1>Alternative provision: termly oversight report</h1>");
        h.append("<p>").append(esc(r.localAuthority())).append(". ").append(esc(r.term().name())).append(" term ")
                .append(esc(r.term().academicYear())).append(" (").append(ukTime.date(r.term().startDate()))
                .append(" to ").append(ukTime.date(r.term().endDate())).append("). Prepared on ")
                .append(ukTime.date(r.preparedOn())).append(".</p>");
        h.append("<p>Children in alternative provision at some point in the term: <strong>")
                .append(esc(r.childrenInAp().text())).append("</strong>.</p>");
        h.append("<p>Attendance at AP in the term (to date): <strong>").append(esc(r.attendanceRate()))
                .append("</strong>, children with marks: ").append(esc(r.attendanceChildren().text())).append(".</p>");
        for (TermlyReport.Table t : r.tables()) {
            h.append("<h2>").append(esc(t.title())).append("</h2>");
            if (t.rows().isEmpty()) {
                h.append("<p>None in the term.</p>");
                continue;
            }
            h.append("<table><tr><th>").append(esc(t.heading())).append("</th><th class=\"n\">Number</th></tr>");
            for (TermlyReport.Row row : t.rows()) {
                h.append("<tr><td>").append(esc(row.label())).append("</td><td class=\"n\">")
                        .append(esc(row.count().text())).append("</td></tr>");
            }
            if (t.total() != null) {
                h.append("<tr><th>Total</th><th class=\"n\">").append(esc(t.total().text())).append("</th></tr>");
            }
            h.append("</table>");
        }
        h.append("<p>Counts from 1 to 4 are shown as \"").append(Suppression.FEWER_THAN_5).append("\"; where one such ")
                .append("count could be worked out from a total, another is shown as \"").append(Suppression.SUPPRESSED)
                .append("\". No child is named in this report.</p></body></html>");
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

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s);
    }
}
