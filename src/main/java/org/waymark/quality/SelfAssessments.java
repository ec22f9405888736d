package org.waymark.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * The provider's self-assessment before a QA visit: its own evaluation of each of the five sections, and its
 * policies listed or uploaded (ADR 0602: files kept in the database, served only to those who may see the visit,
 * as attachments). Provider staff write it; the LA and the assigned QA professional read it.
 */
@Service
public class SelfAssessments {

    public record SelfAssessment(UUID visitId, String status, OffsetDateTime submittedAt, int version,
            Map<QaSection, String> sections) {
        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }

        public String statusLabel() {
            return switch (status) {
                case "SUBMITTED" -> "Submitted";
                case "IN_PROGRESS" -> "In progress";
                default -> "Not started";
            };
        }
    }

    public record Document(UUID id, UUID visitId, QaSection section, String title, LocalDate reviewedOn,
            String fileName, String contentType, Long sizeBytes) {
        public boolean uploaded() {
            return fileName != null;
        }
    }

    public record DocumentContent(String fileName, String contentType, byte[] content) {
    }

    private final JdbcClient db;
    private final Clock clock;
    private final QaVisits visits;
    private final QaNotifier notify;

    SelfAssessments(JdbcClient db, Clock clock, QaVisits visits, QaNotifier notify) {
        this.db = db;
        this.clock = clock;
        this.visits = visits;
        this.notify = notify;
    }

    public SelfAssessment selfAssessment(SignedInUser user, UUID visitId) {
        visits.visit(user, visitId);
        record Row(String status, OffsetDateTime submittedAt, int version) {
        }
        Row row = db.sql("select status, submitted_at, version from qa_self_assessment where visit_id = ?")
                .param(visitId).query(Row.class).optional().orElse(new Row("NOT_STARTED", null, 0));
        Map<QaSection, String> sections = new EnumMap<>(QaSection.class);
        db.sql("select section, self_evaluation from qa_self_assessment_section where visit_id = ?").param(visitId)
                .query((rs, i) -> Map.entry(QaSection.valueOf(rs.getString(1)), String.valueOf(rs.getString(2))))
                .list().forEach(e -> sections.put(e.getKey(), e.getValue()));
        return new SelfAssessment(visitId, row.status(), row.submittedAt(), row.version(), sections);
    }

    private QaVisits.QaVisit editable(SignedInUser user, UUID visitId) {
        if (user.role() != Role.PROVIDER_STAFF) {
            throw new ForbiddenException("The provider completes its own self-assessment");
        }
        QaVisits.QaVisit v = visits.visit(user, visitId);
        if (v.status() != VisitStatus.PLANNED) {
            throw new ConflictException("The self-assessment can be changed only before the visit");
        }
        if ("SUBMITTED".equals(selfAssessment(user, visitId).status())) {
            throw new ConflictException("The self-assessment has been submitted");
        }
        return v;
    }

    /** Saves the provider's evaluation of each section; with {@code submit}, every section must be written. */
    @Transactional
    public void save(SignedInUser user, UUID visitId, int version, Map<QaSection, String> sections, boolean submit) {
        QaVisits.QaVisit v = editable(user, visitId);
        Problems p = new Problems();
        for (QaSection s : QaSection.values()) {
            String text = sections.get(s);
            if (text != null && text.length() > 4000) {
                p.add("section-" + s.name(), "Your evaluation of " + s.label().toLowerCase() + " must be 4,000 characters or fewer");
            } else if (submit && (text == null || text.isBlank())) {
                p.add("section-" + s.name(), "Enter your evaluation of section " + s.number() + ", " + s.label());
            }
        }
        p.throwIfAny();
        QaVisits.bump(db.sql("""
                update qa_self_assessment set status = ?, submitted_by = ?, submitted_at = ?, version = version + 1
                where visit_id = ? and version = ?""")
                .params(submit ? "SUBMITTED" : "IN_PROGRESS", submit ? user.id() : null,
                        submit ? Timestamps.now(clock) : null, visitId, version).update());
        db.sql("delete from qa_self_assessment_section where visit_id = ?").param(visitId).update();
        for (QaSection s : QaSection.values()) {
            String text = QaVisits.blankToNull(sections.get(s));
            if (text != null) {
                db.sql("insert into qa_self_assessment_section (visit_id, section, self_evaluation) values (?, ?, ?)")
                        .params(visitId, s.name(), text).update();
            }
        }
        if (submit && v.qaProfessionalId() != null) {
            notify.noticeOnly(v.qaProfessionalId(), "Self-assessment submitted: " + v.providerName(),
                    "The provider has submitted its self-assessment for your visit on " + QaWords.date(v.plannedOn()) + ".",
                    "/qa/visits/" + visitId + "/self-assessment");
        }
    }

    public List<Document> documents(SignedInUser user, UUID visitId) {
        visits.visit(user, visitId);
        return db.sql("""
                select id, visit_id, section, title, reviewed_on, file_name, content_type, size_bytes from qa_document
                where visit_id = ? order by section, title""").param(visitId).query(Document.class).list();
    }

    /**
     * Lists a policy, with its file when one is uploaded ({@code fileName} null for a policy only listed). The
     * file must pass {@link UploadPolicy}.
     */
    @Transactional
    public UUID addDocument(SignedInUser user, UUID visitId, String section, String title, LocalDate reviewedOn,
            String fileName, byte[] content, Problems p) {
        editable(user, visitId);
        QaSection s = null;
        try {
            s = section == null ? null : QaSection.valueOf(section);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (s == null) {
            p.add("documentSection", "Choose the section the policy belongs to");
        }
        if (title == null || title.isBlank()) {
            p.add("title", "Enter the name of the policy");
        } else if (title.length() > 200) {
            p.add("title", "The name of the policy must be 200 characters or fewer");
        }
        if (reviewedOn != null && reviewedOn.isAfter(LocalDate.now(clock))) {
            p.add("reviewedOn-day", "The date the policy was last reviewed must be today or in the past");
        }
        String contentType = null;
        boolean hasFile = fileName != null && !fileName.isBlank();
        if (hasFile) {
            UploadPolicy.Verdict verdict = UploadPolicy.check(fileName, content == null ? 0 : content.length, content);
            if (verdict instanceof UploadPolicy.Refused r) {
                p.add("file", r.reason());
            } else {
                contentType = ((UploadPolicy.Accepted) verdict).contentType();
            }
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into qa_document (id, visit_id, section, title, reviewed_on, file_name, content_type, size_bytes,
                    content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, visitId, s.name(), title.trim(), reviewedOn, hasFile ? UploadPolicy.safeName(fileName) : null,
                        contentType, hasFile ? (long) content.length : null, hasFile ? content : null, user.id(),
                        Timestamps.now(clock)).update();
        db.sql("update qa_self_assessment set status = 'IN_PROGRESS' where visit_id = ? and status = 'NOT_STARTED'")
                .param(visitId).update();
        return id;
    }

    @Transactional
    public UUID removeDocument(SignedInUser user, UUID documentId) {
        UUID visitId = visitOf(documentId);
        editable(user, visitId);
        db.sql("delete from qa_document where id = ?").param(documentId).update();
        return visitId;
    }

    /** An uploaded file, for those who may see the visit; 404 otherwise or when only listed. */
    public DocumentContent content(SignedInUser user, UUID documentId) {
        UUID visitId = visitOf(documentId);
        visits.visit(user, visitId);
        return db.sql("select file_name, content_type, content from qa_document where id = ? and content is not null")
                .param(documentId).query(DocumentContent.class).optional()
                .orElseThrow(() -> new NotFoundException("Document"));
    }

    private UUID visitOf(UUID documentId) {
        return db.sql("select visit_id from qa_document where id = ?").param(documentId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException("Document"));
    }
}
