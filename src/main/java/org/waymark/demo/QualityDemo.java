package org.waymark.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.Activity;
import org.waymark.quality.ChecklistItem;
import org.waymark.quality.ConcernCategory;
import org.waymark.quality.Concerns;
import org.waymark.quality.Judgement;
import org.waymark.quality.QaHistory;
import org.waymark.quality.QaSection;
import org.waymark.quality.QaVisits;
import org.waymark.quality.ReportEvaluations;
import org.waymark.quality.SelfAssessments;
import org.waymark.quality.VisitType;
import org.waymark.shared.Problems;

/**
 * A year of quality assurance at Eastmoor: annual visits signed off with mixed outcomes, one provider overdue,
 * one escalated action plan, a responsive visit after a concern, concerns in each state, this year's plan assigned
 * to the QA professional, a self-assessment in progress with an uploaded policy, and a termly evaluation.
 */
@Component
class QualityDemo implements DemoStory {

    private final QaHistory history;
    private final QaVisits visits;
    private final Concerns concerns;
    private final SelfAssessments selfAssessments;
    private final ReportEvaluations evaluations;
    private final ProviderDirectory directory;
    private final Clock clock;

    QualityDemo(QaHistory history, QaVisits visits, Concerns concerns, SelfAssessments selfAssessments,
            ReportEvaluations evaluations, ProviderDirectory directory, Clock clock) {
        this.history = history;
        this.visits = visits;
        this.concerns = concerns;
        this.selfAssessments = selfAssessments;
        this.evaluations = evaluations;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(DemoFoundation f) {
        LocalDate today = LocalDate.now(clock);
        SignedInUser officer = f.user("demo-la-officer");
        SignedInUser lead = f.user("demo-la-admin");
        SignedInUser qap = f.user("demo-qa-professional");
        List<UUID> p = f.providerIds();
        // The directory's demo approves providers 0-10; without it (this module alone) approve them here.
        for (int i = 0; i <= 10; i++) {
            if (!directory.isApproved(p.get(i))) {
                directory.changeStatus(p.get(i), DirectoryStatus.APPROVED,
                        i == 10 ? today.minusMonths(2) : today.minusYears(2), "Approved on the framework", lead.id());
            }
        }

        // Annual visits signed off in the last year, with mixed outcomes.
        UUID moorside = signedOff(officer, qap, p.get(0), VisitType.ANNUAL, today.minusMonths(11), Judgement.EFFECTIVE,
                Judgement.REQUIRES_IMPROVEMENT, "Fire drill records incomplete; premises risk assessment overdue.");
        visits.addActionItem(officer, moorside, QaSection.HEALTH_AND_SAFETY, "Hold and record a termly fire drill",
                "Centre manager", today.plusWeeks(1), new Problems());
        signOff(officer, moorside);
        UUID elc = signedOff(officer, qap, p.get(1), VisitType.ANNUAL, today.minusMonths(3), Judgement.EFFECTIVE,
                Judgement.EFFECTIVE, null);
        signOff(officer, elc);
        UUID canal = signedOff(officer, qap, p.get(2), VisitType.ANNUAL, today.minusMonths(8), Judgement.EFFECTIVE,
                Judgement.EFFECTIVE, null);
        signOff(officer, canal);
        // Northern Lights: last visited fourteen months ago, so overdue.
        signOff(officer, signedOff(officer, qap, p.get(3), VisitType.ANNUAL, today.minusMonths(14), Judgement.EFFECTIVE,
                Judgement.EFFECTIVE, null));
        UUID freshStart = signedOff(officer, qap, p.get(4), VisitType.ANNUAL, today.minusMonths(5),
                Judgement.REQUIRES_IMPROVEMENT, Judgement.EFFECTIVE, "Attendance follow-up by the end of the day is not consistent.");
        UUID a = visits.addActionItem(officer, freshStart, QaSection.ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT,
                "Call the home school about every absence by 10am", "Attendance lead", today.plusWeeks(2), new Problems());
        visits.addActionItem(officer, freshStart, QaSection.SAFEGUARDING, "Refresh the attendance and safeguarding link policy",
                "Designated safeguarding lead", today.plusWeeks(6), new Problems());
        signOff(officer, freshStart);
        visits.setActionDone(officer, a, 0, true);

        // Hair and Beauty Works: significant safeguarding concerns, escalated action plan.
        UUID hair = signedOff(officer, qap, p.get(5), VisitType.ANNUAL, today.minusWeeks(6),
                Judgement.SIGNIFICANT_CONCERNS, Judgement.REQUIRES_IMPROVEMENT,
                "Deputy designated lead untrained; two staff without enhanced DBS checks on the single central record.");
        visits.addActionItem(officer, hair, QaSection.SAFEGUARDING, "Complete enhanced DBS checks for all staff and update the single central record",
                "Proprietor", today.plusWeeks(1), new Problems());
        visits.addActionItem(officer, hair, QaSection.SAFEGUARDING, "Deputy designated lead to complete DSL training",
                "Deputy designated safeguarding lead", today.plusWeeks(3), new Problems());
        visits.addActionItem(officer, hair, QaSection.HEALTH_AND_SAFETY, "Renew public liability insurance",
                "Proprietor", today.plusWeeks(2), new Problems());
        signOff(officer, hair);

        // Green Acres: a concern, a responsive visit, then the concern closed.
        signOff(officer, signedOff(officer, qap, p.get(6), VisitType.ANNUAL, today.minusMonths(7), Judgement.EFFECTIVE,
                Judgement.EFFECTIVE, null));
        SignedInUser school = f.user("demo-school-commissioner");
        UUID greenConcern = history.concern(school, p.get(6), null, ConcernCategory.HEALTH_AND_SAFETY,
                "Pupils handled livestock without gloves or a handwashing station; no risk assessment was shown to staff.",
                today.minusWeeks(5));
        concerns.triage(officer, greenConcern, 0, "Home school told; responsive visit to check risk assessments and hygiene.");
        UUID responsive = history.visit(officer, p.get(6), VisitType.RESPONSIVE, today.minusWeeks(4), qap.id(),
                EnumSet.of(Activity.LEARNING_WALKS, Activity.PAPERWORK_REVIEW, Activity.MEETINGS),
                sections(Judgement.EFFECTIVE, Judgement.REQUIRES_IMPROVEMENT,
                        "Animal handling risk assessment missing; handwashing station now installed."),
                checklist(true), "Responsive visit after a health and safety concern.");
        visits.addActionItem(officer, responsive, QaSection.HEALTH_AND_SAFETY, "Write and share an animal handling risk assessment",
                "Farm manager", today.plusWeeks(2), new Problems());
        signOff(officer, responsive);
        concerns.linkResponsiveVisit(officer, greenConcern, 1, responsive);
        concerns.close(officer, greenConcern, 2,
                "Responsive visit found the hygiene issue resolved; risk assessment is on the action plan.");

        // Open concerns: one just raised, one triaged.
        history.concern(f.user("demo-school-commissioner-2"), p.get(7), null, ConcernCategory.QUALITY_OF_PROVISION,
                "Online lessons were cancelled three times this half term without notice to the school.", today.minusDays(3));
        UUID triaged = history.concern(f.user("demo-partner"), p.get(4), null, ConcernCategory.SAFEGUARDING,
                "A pupil reported being left unsupervised in the sports hall during a session.", today.minusWeeks(1));
        concerns.triage(officer, triaged, 0, "Designated lead of the home school and the LADO informed the same day; "
                + "provider asked for its account.");

        signOff(officer, signedOff(officer, qap, p.get(7), VisitType.ANNUAL, today.minusMonths(4), Judgement.EFFECTIVE,
                Judgement.EFFECTIVE, null));
        signOff(officer, signedOff(officer, qap, p.get(8), VisitType.ANNUAL, today.minusMonths(10), Judgement.EFFECTIVE,
                Judgement.EFFECTIVE, null));
        signOff(officer, signedOff(officer, qap, p.get(9), VisitType.ANNUAL, today.minusMonths(9), Judgement.EFFECTIVE,
                Judgement.REQUIRES_IMPROVEMENT, "Fire risk assessment review overdue.", true));

        // A visit recorded by the QA professional last week, awaiting the LA's sign-off.
        history.visit(officer, p.get(1), VisitType.REQUESTED, today.minusWeeks(1), qap.id(),
                EnumSet.of(Activity.OBSERVATIONS, Activity.STUDENT_VOICE), sections(Judgement.EFFECTIVE, Judgement.EFFECTIVE, null),
                checklist(false), "Visit requested by the provider to review its new Year 10 curriculum.");

        // This academic year's plan: the routine visits due, the first ones assigned to the QA professional.
        visits.planDueVisits(officer);
        for (QaVisits.DueProvider d : visits.due(officer)) {
            if (d.plannedVisitId() == null) {
                continue;
            }
            if (d.providerId().equals(p.get(0)) || d.providerId().equals(p.get(3)) || d.providerId().equals(p.get(10))) {
                LocalDate on = d.providerId().equals(p.get(0)) ? today.plusWeeks(3) : d.plannedOn();
                visits.assign(officer, d.plannedVisitId(), 0, qap.id(), on);
            }
        }

        // Moorside's self-assessment for its coming visit: in progress, with its safeguarding policy uploaded.
        SignedInUser provider = f.user("demo-provider-staff");
        QaVisits.DueProvider moorsideDue = visits.due(officer).stream().filter(d -> d.providerId().equals(p.get(0)))
                .findFirst().orElseThrow();
        UUID coming = moorsideDue.plannedVisitId();
        Map<QaSection, String> draft = new EnumMap<>(QaSection.class);
        draft.put(QaSection.SAFEGUARDING, "DSL and deputy trained in September; single central record checked monthly "
                + "by the proprietor; concerns go to the home school's DSL the same day.");
        draft.put(QaSection.HEALTH_AND_SAFETY, "Fire drills now termly and recorded; workshop risk assessments reviewed.");
        selfAssessments.save(provider, coming, 0, draft, false);
        selfAssessments.addDocument(provider, coming, QaSection.SAFEGUARDING.name(), "Safeguarding and child protection policy",
                today.minusMonths(3), "safeguarding-policy.pdf", samplePdf(), new Problems());
        selfAssessments.addDocument(provider, coming, QaSection.HEALTH_AND_SAFETY.name(), "Workshop risk assessments",
                today.minusMonths(1), null, null, new Problems());

        // This term's evaluation of report quality.
        evaluations.evaluate(lead, elc, "STRONG", "Clear evidence for each judgement; strengths tied to what was seen.");
        evaluations.evaluate(lead, canal, "SECURE", "Judgements sound; areas for development could name owners.");
    }

    private UUID signedOff(SignedInUser officer, SignedInUser qap, UUID provider, VisitType type, LocalDate on,
            Judgement safeguarding, Judgement healthAndSafety, String areas) {
        return signedOff(officer, qap, provider, type, on, safeguarding, healthAndSafety, areas, false);
    }

    private UUID signedOff(SignedInUser officer, SignedInUser qap, UUID provider, VisitType type, LocalDate on,
            Judgement safeguarding, Judgement healthAndSafety, String areas, boolean withAction) {
        UUID id = history.visit(officer, provider, type, on, qap.id(),
                EnumSet.of(Activity.MEETINGS, Activity.LEARNING_WALKS, Activity.STUDENT_VOICE, Activity.PAPERWORK_REVIEW),
                sections(safeguarding, healthAndSafety, areas), checklist(safeguarding == Judgement.EFFECTIVE),
                "Annual visit across the five sections.");
        if (withAction) {
            visits.addActionItem(officer, id, QaSection.HEALTH_AND_SAFETY, "Review the fire risk assessment",
                    "Site manager", LocalDate.now(clock).plusWeeks(4), new Problems());
            signOff(officer, id);
        }
        return id;
    }

    private void signOff(SignedInUser officer, UUID visitId) {
        if (visits.visit(officer, visitId).status() != org.waymark.quality.VisitStatus.SIGNED_OFF) {
            visits.signOff(officer, visitId, visits.visit(officer, visitId).version());
        }
    }

    private static Map<QaSection, QaVisits.SectionJudgement> sections(Judgement safeguarding, Judgement healthAndSafety,
            String areas) {
        Map<QaSection, QaVisits.SectionJudgement> map = new EnumMap<>(QaSection.class);
        for (QaSection s : QaSection.values()) {
            Judgement j = s == QaSection.SAFEGUARDING ? safeguarding
                    : s == QaSection.HEALTH_AND_SAFETY ? healthAndSafety : Judgement.EFFECTIVE;
            map.put(s, new QaVisits.SectionJudgement(s, j, strengths(s),
                    j == Judgement.EFFECTIVE ? null : areas));
        }
        return map;
    }

    private static String strengths(QaSection s) {
        return switch (s) {
            case SAFEGUARDING -> "Staff know the home schools' designated leads and how to reach them.";
            case HEALTH_AND_SAFETY -> "Premises are clean and well organised.";
            case QUALITY_OF_EDUCATION -> "Sessions are well planned, with functional English and maths woven in.";
            case SEND -> "Staff know each pupil's needs and adapt tasks.";
            case ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT -> "Attendance is recorded every session.";
        };
    }

    private static Map<ChecklistItem, ChecklistItem.Answer> checklist(boolean allMet) {
        Map<ChecklistItem, ChecklistItem.Answer> map = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem i : ChecklistItem.values()) {
            map.put(i, allMet || i.section() != QaSection.SAFEGUARDING || i == ChecklistItem.DSL_IN_POST_TRAINED
                    ? ChecklistItem.Answer.MET : ChecklistItem.Answer.NOT_MET);
        }
        return map;
    }

    /** A one-page PDF standing in for the provider's uploaded policy. */
    static byte[] samplePdf() {
        String body = "BT /F1 14 Tf 72 760 Td (Moorside Motor Project: safeguarding and child protection policy) Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + body.length() + " >>\nstream\n" + body + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            pdf.append(String.format("%010d 00000 n \n", o));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
