package org.waymark.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.NewPlacement;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.SlotInput;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.PupilDetails;
import org.waymark.pupil.Pupils;
import org.waymark.pupil.Upn;
import org.waymark.pupil.YearGroup;
import org.waymark.review.DestinationCheck;
import org.waymark.review.Destinations;
import org.waymark.review.Endings;
import org.waymark.review.ExtensionInput;
import org.waymark.review.Feedback;
import org.waymark.review.FinalReport;
import org.waymark.review.ProgressEntry;
import org.waymark.review.ProgressReports;
import org.waymark.review.ReviewInput;
import org.waymark.review.Reviews;
import org.waymark.review.TermReport;
import org.waymark.shared.Problems;

/**
 * Reviews and outcomes in the demo, relative to the demo clock's today: placements reviewed on a six-week rhythm
 * (one extended at its review), one review overdue, an LA-commissioned dual-registered placement with termly
 * progress reports, an ended placement with its final report, outcome and survey answers from the pupil and a
 * parent, and a Year 11 leaver whose 3-month destination check is done and 12-month check is due.
 */
@Component
class ReviewDemo implements DemoStory {

    private final Pupils pupils;
    private final Placements placements;
    private final Reviews reviews;
    private final ProgressReports reports;
    private final Endings endings;
    private final Destinations destinations;
    private final Feedback feedback;
    private final SchoolCalendar calendar;
    private final JdbcClient db;
    private final Clock clock;
    private int serial;

    ReviewDemo(Pupils pupils, Placements placements, Reviews reviews, ProgressReports reports, Endings endings,
            Destinations destinations, Feedback feedback, SchoolCalendar calendar, JdbcClient db, Clock clock) {
        this.pupils = pupils;
        this.placements = placements;
        this.reviews = reviews;
        this.reports = reports;
        this.endings = endings;
        this.destinations = destinations;
        this.feedback = feedback;
        this.calendar = calendar;
        this.db = db;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load(DemoFoundation f) {
        LocalDate today = LocalDate.now(clock);
        SignedInUser school = f.user("demo-school-commissioner");
        SignedInUser la = f.user("demo-la-officer");
        SignedInUser provider = f.user("demo-provider-staff");
        SignedInUser provider2 = f.user("demo-provider-staff-2");
        UUID eastmoorAcademy = f.schoolIds().get(0);
        UUID motorProject = f.providerIds().get(0);
        UUID learningCentre = f.providerIds().get(1);

        // 1. Reviewed every six weeks; the second review agreed an extension.
        Pupil jayden = pupil(school, "Jayden", "Clarke", today.minusYears(14).minusDays(40), eastmoorAcademy);
        LocalDate start1 = monday(today.minusWeeks(15));
        PlacementSummary p1 = active(school, provider, jayden, motorProject, null, start1, start1.plusWeeks(25),
                "SINGLE", 6);
        review(school, p1, start1.plusWeeks(6), List.of("Pupil", "Parent or carer", "Home school", "Provider"),
                "Likes the bike workshop. Finds the maths worksheets hard.", "Relieved he is going in every week.",
                List.of(new ProgressEntry("Attend every timetabled session", 2, 5, 9, null),
                        new ProgressEntry("Stay in the workshop for the whole session", 3, 6, 8, null)),
                "Keep the two afternoons; add a maths session at school on Fridays.", null);
        review(school, p1, start1.plusWeeks(12), List.of("Pupil", "Parent or carer", "Home school", "Provider",
                "Local authority"), "Wants to finish the bike rebuild before going back full time.",
                "Would like a longer placement so the return is not rushed.",
                List.of(new ProgressEntry("Attend every timetabled session", 2, 8, 9, null),
                        new ProgressEntry("Stay in the workshop for the whole session", 3, 7, 8, null)),
                "Start the return: one extra morning at school each week from next half term, with his mentor.",
                new ExtensionInput(start1.plusWeeks(31), "Another half term so the return to school can be phased"));

        // 2. Overdue: last reviewed eight weeks ago; the next review was due two weeks ago.
        Pupil amira = pupil(school, "Amira", "Hussain", today.minusYears(13).minusDays(200), eastmoorAcademy);
        LocalDate start2 = monday(today.minusWeeks(14));
        PlacementSummary p2 = active(school, provider, amira, motorProject, null, start2, start2.plusWeeks(30),
                "SINGLE", 6);
        review(school, p2, start2.plusWeeks(6), List.of("Pupil", "Home school", "Provider"),
                "Says the staff listen to her.", "Parent could not attend; spoken to by phone: happy so far.",
                List.of(new ProgressEntry("Arrive on time", 3, 5, 9, null)), "No change.", null);

        // 3. LA-commissioned, dual registered, reviewed at 6 and 12 weeks then every 8; termly progress reports.
        Pupil kai = pupil(school, "Kai", "Robinson", today.minusYears(15).minusDays(90), eastmoorAcademy);
        LocalDate start3 = monday(today.minusWeeks(30));
        PlacementSummary p3 = active(la, provider2, kai, learningCentre, "LOCAL_AUTHORITY", start3,
                start3.plusWeeks(52), "DUAL", 8);
        for (int week : new int[] {6, 12, 20, 28}) {
            review(la, p3, start3.plusWeeks(week), List.of("Pupil", "Parent or carer", "Provider", "Local authority"),
                    "Settled; enjoys the small classes.", "Feels the school listens now.",
                    List.of(new ProgressEntry("GCSE English: predicted grade", 2, Math.min(5, 2 + week / 10), 5,
                            null)), "Keep to the plan; GCSE entries confirmed.", null);
        }
        for (TermReport t : reports.terms(placements.find(p3.id()).orElseThrow())) {
            reports.write(provider2, p3.id(), t.termId(), "Attended " + (88 + t.termName().length() % 7)
                    + "% of sessions; two authorised absences for medical appointments.",
                    "English: from grade 2 to a working grade 4. Maths: steady at grade 3. Personal development: "
                            + "leads the breakfast club rota.",
                    "Calm; one incident early in the term, none since.", "Mock exams in the spring term.");
        }

        // 4. Ended: reintegrated to mainstream, with final report, the pupil's view and survey answers.
        Pupil leah = pupil(school, "Leah", "Morgan", today.minusYears(13).minusDays(20), eastmoorAcademy);
        LocalDate start4 = monday(today.minusWeeks(20));
        PlacementSummary p4 = active(school, provider, leah, motorProject, null, start4, start4.plusWeeks(20),
                "SINGLE", 6);
        review(school, p4, start4.plusWeeks(6), List.of("Pupil", "Parent or carer", "Home school", "Provider"),
                "Ready to try more time at school.", "Supports a return after half term.",
                List.of(new ProgressEntry("Attend every timetabled session", 4, 8, 9, null)),
                "Plan the return: a mentor and a reduced first week.", null);
        endings.end(school, p4.id(), today.minusWeeks(2), "REINTEGRATED_TO_MAINSTREAM",
                "Returned full time to Eastmoor Academy",
                new FinalReport("Attendance rose from 61% to 94%. Reading age up 14 months; Entry Level 3 maths.",
                        "94% over the last half term", "No exclusions during the placement; manages frustration "
                                + "by taking a break in the workshop.",
                        "ASDAN Short Course in Vehicle Maintenance", null, "Functional Skills Entry Level 3",
                        "\u201cI liked fixing the bikes and I know I can do the work now.\u201d",
                        "Phased return over three weeks with her mentor; check-in every morning; review on the "
                                + "sixth week back."),
                new Problems());
        String pupilLink = feedback.send(school, p4.id(), "PUPIL", "leah.morgan@home.example");
        feedback.answer(pupilLink, Map.of("feltSafe", 5, "helped", 4, "listenedTo", 5, "readyForNext", 4),
                "The staff were kind");
        String parentLink = feedback.send(school, p4.id(), "PARENT", "morgan.family@home.example");
        feedback.answer(parentLink, Map.of("feltSafe", 5, "helped", 5, "listenedTo", 4, "readyForNext", 4), null);

        // 5. A Year 11 leaver: left last July, 3-month destination check done, 12-month check due.
        LocalDate left = LocalDate.of(today.getYear(), Month.JULY, 17);
        while (!left.plusMonths(12).isBefore(today)) {
            left = left.minusYears(1);
        }
        int cohort = YearGroup.academicYearOf(left) - 16;
        Pupil tyler = pupil(school, "Tyler", "Evans", LocalDate.of(cohort, Month.NOVEMBER, 12), eastmoorAcademy);
        LocalDate start5 = monday(left.minusWeeks(30));
        PlacementSummary p5 = active(la, provider2, tyler, learningCentre, "LOCAL_AUTHORITY", start5, left, "SINGLE",
                6);
        endings.end(la, p5.id(), left, "TRAINING", "Starting a construction traineeship in September",
                new FinalReport("GCSE English grade 4, maths grade 3; CSCS card.", "90% over the year",
                        "Engaged well in practical work.", "CSCS Green Card", "GCSE grade 4", "GCSE grade 3",
                        "\u201cBetter than school. I know what I want to do now.\u201d", null),
                new Problems());
        for (DestinationCheck c : endings.ending(la, p5.id()).orElseThrow().checks()) {
            if (c.monthsAfter() == 3) {
                destinations.record(la, c.id(), c.version(), c.dueOn().plusDays(4), "TRAINING",
                        "Still on the traineeship; attendance good according to the training provider.",
                        new Problems());
            }
        }
    }

    private static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
    }

    private Pupil pupil(SignedInUser school, String first, String last, LocalDate born, UUID schoolId) {
        String digits = "999" + String.format("%09d", 500_000 + (++serial) * 7919);
        String upn = Upn.checkLetter(digits) + digits;
        return pupils.create(school, new PupilDetails(upn, first, last, null, born, schoolId, null, "SEN_SUPPORT",
                "SEMH", false, false, false, false, serial % 2 == 0));
    }

    /**
     * A placement created, proposed and accepted through the placements module, then made ACTIVE. Activation needs
     * the commissioning decision, support plan and due diligence, which the placements story records; until that
     * story is on this branch the demo marks its own accepted placements active as activation does (ADR 0500).
     */
    private PlacementSummary active(SignedInUser commissioner, SignedInUser provider, Pupil pupil, UUID providerId,
            String commissionerType, LocalDate start, LocalDate plannedEnd, String registration, int interval) {
        List<SlotInput> at = List.of(new SlotInput("TUESDAY", "09:30", "15:00", null),
                new SlotInput("THURSDAY", "09:30", "15:00", null));
        List<SlotInput> home = new ArrayList<>();
        for (String day : List.of("MONDAY", "WEDNESDAY", "FRIDAY")) {
            home.add(new SlotInput(day, "08:45", "15:15", null));
        }
        PlacementSummary p = placements.create(commissioner, new NewPlacement(pupil.id(), providerId, commissionerType,
                null, start, plannedEnd, 2, "AT_RISK_OF_EXCLUSION", registration, at, home, List.of(), interval, null,
                null, "Key worker: Sam Patel"));
        placements.propose(commissioner, p.id());
        placements.accept(provider, p.id());
        db.sql("update placement set status = 'ACTIVE', activated_on = ?, next_review_date = ?, version = version + 1 "
                + "where id = ? and status = 'PROPOSED'").params(start, start.plusWeeks(interval), p.id()).update();
        return placements.find(p.id()).orElseThrow();
    }

    private void review(SignedInUser user, PlacementSummary p, LocalDate on, List<String> attendees,
            String pupilViews, String parentViews, List<ProgressEntry> progress, String plan,
            ExtensionInput extension) {
        reviews.record(user, p.id(), new ReviewInput(on, attendees, pupilViews, parentViews,
                new java.math.BigDecimal("86.5"), progress, null, null, plan, "Review held at the provider.",
                extension, null));
    }
}
