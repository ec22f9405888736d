package org.waymark.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.ImportedMark;
import org.waymark.attendance.SessionTimes;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.Decisions;
import org.waymark.commissioning.DueDiligence;
import org.waymark.commissioning.DueDiligenceCheck;
import org.waymark.commissioning.NewPlacement;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.SlotInput;
import org.waymark.commissioning.SupportPlan;
import org.waymark.commissioning.SupportPlans;
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
 * Reviews and outcomes in the demo, relative to the demo clock's today. Every placement here is taken through the
 * real lifecycle (decision, support plan with its agreed outcomes, due diligence, proposal, acceptance, activation).
 * Placements reviewed on a six-week rhythm (one extended at its review), one review overdue, an LA-commissioned
 * dual-registered placement with termly progress reports, and ended placements with each of the nine outcomes, each
 * with its final report: a return to mainstream, a move to a special school named in a new EHCP, a move to the pupil
 * referral unit, a family that moved away, elective home education ("other"), and four Year 11 leavers (training,
 * college, a job with training, NEET) whose destination checks are done or due. Pupils and parents answered the
 * end-of-placement survey for several of them. The provider's registers run from each start, so reviews fill
 * attendance in from them and the pupil's page shows the grid.
 */
@Component
class ReviewDemo implements DemoStory {

    private final Pupils pupils;
    private final Placements placements;
    private final Decisions decisions;
    private final SupportPlans plans;
    private final DueDiligence dueDiligence;
    private final Reviews reviews;
    private final ProgressReports reports;
    private final Endings endings;
    private final Destinations destinations;
    private final Feedback feedback;
    private final AttendanceRegisters registers;
    private final SchoolCalendar calendar;
    private final Clock clock;
    private int serial;
    private int pattern;

    ReviewDemo(Pupils pupils, Placements placements, Decisions decisions, SupportPlans plans, DueDiligence dueDiligence,
            Reviews reviews, ProgressReports reports, Endings endings, Destinations destinations, Feedback feedback,
            AttendanceRegisters registers, SchoolCalendar calendar, Clock clock) {
        this.registers = registers;
        this.calendar = calendar;
        this.pupils = pupils;
        this.placements = placements;
        this.decisions = decisions;
        this.plans = plans;
        this.dueDiligence = dueDiligence;
        this.reviews = reviews;
        this.reports = reports;
        this.endings = endings;
        this.destinations = destinations;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    private static final SupportPlan.Outcome ATTEND = new SupportPlan.Outcome("Attend every timetabled session",
            "2", "9", "Waymark registers, scored 0 (none) to 10 (every session)");
    private static final SupportPlan.Outcome STAY = new SupportPlan.Outcome(
            "Stay in the workshop for the whole session", "3", "8", "Provider's session log, scored 0 to 10");
    private static final SupportPlan.Outcome ON_TIME = new SupportPlan.Outcome("Arrive on time", "3", "9",
            "Registers: minutes late, scored 0 to 10");
    private static final SupportPlan.Outcome GCSE_ENGLISH = new SupportPlan.Outcome("GCSE English: predicted grade",
            "2", "5", "Teacher assessment, GCSE grade");
    private static final SupportPlan.Outcome REGULATE = new SupportPlan.Outcome(
            "Manage frustration without leaving the room", "2", "8", "Behaviour log, scored 0 to 10");

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
                "SINGLE", 6, List.of(ATTEND, STAY));
        registers(p1, null);
        review(school, p1, start1.plusWeeks(6), List.of("Pupil", "Parent or carer", "Home school", "Provider"),
                "Likes the bike workshop. Finds the maths worksheets hard.", "Relieved he is going in every week.",
                List.of(new ProgressEntry(ATTEND.description(), 2, 5, 9, null),
                        new ProgressEntry(STAY.description(), 3, 6, 8, null)),
                "Keep the two afternoons; add a maths session at school on Fridays.", null);
        review(school, p1, start1.plusWeeks(12), List.of("Pupil", "Parent or carer", "Home school", "Provider",
                "Local authority"), "Wants to finish the bike rebuild before going back full time.",
                "Would like a longer placement so the return is not rushed.",
                List.of(new ProgressEntry(ATTEND.description(), 2, 8, 9, null),
                        new ProgressEntry(STAY.description(), 3, 7, 8, null)),
                "Start the return: one extra morning at school each week from next half term, with his mentor.",
                new ExtensionInput(start1.plusWeeks(31), "Another half term so the return to school can be phased"));

        // 2. Overdue: last reviewed eight weeks ago; the next review was due two weeks ago.
        Pupil amira = pupil(school, "Amira", "Hussain", today.minusYears(13).minusDays(200), eastmoorAcademy);
        LocalDate start2 = monday(today.minusWeeks(14));
        PlacementSummary p2 = active(school, provider, amira, motorProject, null, start2, start2.plusWeeks(30),
                "SINGLE", 6, List.of(ON_TIME));
        registers(p2, null);
        review(school, p2, start2.plusWeeks(6), List.of("Pupil", "Home school", "Provider"),
                "Says the staff listen to her.", "Parent could not attend; spoken to by phone: happy so far.",
                List.of(new ProgressEntry(ON_TIME.description(), 3, 5, 9, null)), "No change.", null);

        // 3. LA-commissioned, dual registered, reviewed at 6 and 12 weeks then every 8; termly progress reports.
        Pupil kai = pupil(school, "Kai", "Robinson", today.minusYears(15).minusDays(90), eastmoorAcademy);
        LocalDate start3 = monday(today.minusWeeks(30));
        PlacementSummary p3 = active(la, provider2, kai, learningCentre, "LOCAL_AUTHORITY", start3,
                start3.plusWeeks(52), "DUAL", 8, List.of(GCSE_ENGLISH));
        registers(p3, null);
        for (int week : new int[] {6, 12, 20, 28}) {
            review(la, p3, start3.plusWeeks(week), List.of("Pupil", "Parent or carer", "Provider", "Local authority"),
                    "Settled; enjoys the small classes.", "Feels the school listens now.",
                    List.of(new ProgressEntry(GCSE_ENGLISH.description(), 2, Math.min(5, 2 + week / 10), 5,
                            null)), "Keep to the plan; GCSE entries confirmed.", null);
        }
        progressReports(provider2, p3);

        // 4. Reintegrated to mainstream, with final report, the pupil's view and survey answers.
        Pupil leah = pupil(school, "Leah", "Morgan", today.minusYears(13).minusDays(20), eastmoorAcademy);
        LocalDate start4 = monday(today.minusWeeks(20));
        PlacementSummary p4 = active(school, provider, leah, motorProject, null, start4, start4.plusWeeks(20),
                "SINGLE", 6, List.of(ATTEND));
        registers(p4, today.minusWeeks(2));
        review(school, p4, start4.plusWeeks(6), List.of("Pupil", "Parent or carer", "Home school", "Provider"),
                "Ready to try more time at school.", "Supports a return after half term.",
                List.of(new ProgressEntry(ATTEND.description(), 2, 8, 9, null)),
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
        survey(school, p4, "PUPIL", Map.of("feltSafe", 5, "helped", 4, "listenedTo", 5, "readyForNext", 4),
                "The staff were kind");
        survey(school, p4, "PARENT", Map.of("feltSafe", 5, "helped", 5, "listenedTo", 4, "readyForNext", 4), null);

        // 5. Moved to a specialist setting: a Year 8 pupil whose EHCP, issued during the placement, names a special
        // school.
        Pupil ruby = pupils.create(school, new PupilDetails(upn(), "Ruby", "Ahmed", null,
                LocalDate.of(YearGroup.academicYearOf(today) - 13 + 1, Month.MARCH, 3), eastmoorAcademy, null, "EHCP",
                "ASD", false, false, false, false, false));
        LocalDate start5 = monday(today.minusWeeks(24));
        PlacementSummary p5 = active(school, provider, ruby, motorProject, null, start5, start5.plusWeeks(24),
                "SINGLE", 6, List.of(ATTEND, REGULATE));
        registers(p5, today.minusWeeks(4));
        reviewsUntil(school, p5, start5, today.minusWeeks(4), List.of(ATTEND, REGULATE));
        endings.end(school, p5.id(), today.minusWeeks(4), "MOVED_TO_SPECIALIST_SETTING",
                "Brookfield School, named in the EHCP issued in the autumn",
                new FinalReport("Working at Year 5 in reading and Year 4 in maths; the EHCP assessment used the "
                        + "provider's observations.", "88% over the placement",
                        "Fewer meltdowns once the workshop routine was fixed; uses a quiet corner.",
                        "AQA Unit Award: Workshop safety", null, null,
                        "\u201cIt was quiet. I want my new school to have a workshop too.\u201d", null),
                new Problems());
        survey(school, p5, "PARENT", Map.of("feltSafe", 5, "helped", 4, "listenedTo", 5, "readyForNext", 3),
                "Staff understood her; the move to Brookfield was well planned.");

        // 6. Moved to registered AP: a Year 10 pupil now on the roll of the pupil referral unit.
        Pupil connor = pupil(school, "Connor", "Walsh", bornInYear(today, 10), eastmoorAcademy);
        LocalDate start6 = monday(today.minusWeeks(18));
        PlacementSummary p6 = active(school, provider, connor, motorProject, null, start6, start6.plusWeeks(18),
                "SINGLE", 6, List.of(ATTEND, STAY));
        registers(p6, today.minusWeeks(6));
        reviewsUntil(school, p6, start6, today.minusWeeks(6), List.of(ATTEND, STAY));
        endings.end(school, p6.id(), today.minusWeeks(6), "MOVED_TO_REGISTERED_AP",
                "Full-time place at Eastmoor Learning Centre (pupil referral unit) after a permanent exclusion",
                new FinalReport("Little progress in English and maths; good practical skills in the workshop.",
                        "63% over the placement", "Two serious incidents at school led to a permanent exclusion.",
                        null, null, null, "\u201cThe workshop was all right. School was the problem.\u201d", null),
                new Problems());
        survey(school, p6, "PUPIL", Map.of("feltSafe", 4, "helped", 3, "listenedTo", 4, "readyForNext", 2), null);

        // 7. Moved away: a Year 9 pupil whose family moved to another authority.
        Pupil sienna = pupil(school, "Sienna", "Brooks", bornInYear(today, 9), eastmoorAcademy);
        LocalDate start7 = monday(today.minusWeeks(16));
        PlacementSummary p7 = active(school, provider, sienna, motorProject, null, start7, start7.plusWeeks(20),
                "SINGLE", 6, List.of(ON_TIME));
        registers(p7, today.minusWeeks(5));
        reviewsUntil(school, p7, start7, today.minusWeeks(5), List.of(ON_TIME));
        endings.end(school, p7.id(), today.minusWeeks(5), "MOVED_AWAY",
                "Family moved to Leeds; records sent to the new school and the receiving LA",
                new FinalReport("On track against her outcomes when she left: arriving on time most days.",
                        "91% until she left", "Settled quickly; good relationships with staff.", null, null, null,
                        "Not given: the family moved before the last session.", null),
                new Problems());

        // 8. Other: parents chose elective home education.
        Pupil oliver = pupil(school, "Oliver", "Grant", bornInYear(today, 10), eastmoorAcademy);
        LocalDate start8 = monday(today.minusWeeks(17));
        PlacementSummary p8 = active(school, provider, oliver, motorProject, null, start8, start8.plusWeeks(24),
                "SINGLE", 6, List.of(ATTEND));
        registers(p8, today.minusWeeks(3));
        reviewsUntil(school, p8, start8, today.minusWeeks(3), List.of(ATTEND));
        endings.end(school, p8.id(), today.minusWeeks(3), "OTHER",
                "Parents chose elective home education; the LA's EHE team has been told",
                new FinalReport("Some progress in reading; maths not assessed.", "72% over the placement",
                        "Calmer in small groups.", null, null, null,
                        "\u201cI'd rather learn at home with my mum.\u201d", null),
                new Problems());
        feedback.send(school, p8.id(), "PARENT", "grant.family@home.example"); // sent, not yet answered

        // 9–12. Year 11 leavers: a cohort that left more than a year ago (checks at 3 and 12 months fall in the
        // past) and the latest cohort (its 3-month checks fell due at least a month ago).
        LocalDate earlier = LocalDate.of(today.getYear(), Month.JULY, 17);
        while (!earlier.plusMonths(12).isBefore(today)) {
            earlier = earlier.minusYears(1);
        }
        LocalDate latest = LocalDate.of(today.getYear(), Month.JULY, 17);
        while (!latest.plusMonths(4).isBefore(today)) {
            latest = latest.minusYears(1);
        }

        // 9. Training: 3-month check done, 12-month check overdue (OUTCOME_MISSING).
        Pupil tyler = pupil(school, "Tyler", "Evans", leaverBorn(earlier, Month.NOVEMBER, 12), eastmoorAcademy);
        PlacementSummary p9 = leaver(la, provider2, tyler, learningCentre, earlier, "TRAINING",
                "Starting a construction traineeship in September",
                new FinalReport("GCSE English grade 4, maths grade 3; CSCS card.", "90% over the year",
                        "Engaged well in practical work.", "CSCS Green Card", "GCSE grade 4", "GCSE grade 3",
                        "\u201cBetter than school. I know what I want to do now.\u201d", null));
        check(la, p9, 3, "TRAINING", "Still on the traineeship; attendance good according to the training provider.");
        survey(la, p9, "PUPIL", Map.of("feltSafe", 5, "helped", 5, "listenedTo", 4, "readyForNext", 5),
                "Get more people doing the CSCS card");

        // 10. Post-16 education: checks at 3 and 12 months both done.
        Pupil maisie = pupil(school, "Maisie", "Cole", leaverBorn(earlier, Month.FEBRUARY, 2), eastmoorAcademy);
        PlacementSummary p10 = leaver(la, provider2, maisie, learningCentre, earlier, "POST_16_EDUCATION",
                "Level 2 health and social care at Eastmoor College",
                new FinalReport("GCSE English grade 5, maths grade 4; five GCSEs in all.", "93% over the year",
                        "Grew in confidence; peer mentor in the spring term.", null, "GCSE grade 5", "GCSE grade 4",
                        "\u201cThey believed I could pass. I did.\u201d", null));
        check(la, p10, 3, "SIXTH_FORM_OR_COLLEGE", "Enrolled at Eastmoor College; attending.");
        check(la, p10, 12, "SIXTH_FORM_OR_COLLEGE", "Passed Level 2; moving on to Level 3 in September.");

        // 11. Employment: the latest cohort; the 3-month check found a job with training.
        Pupil jake = pupil(school, "Jake", "Fisher", leaverBorn(latest, Month.DECEMBER, 1), eastmoorAcademy);
        PlacementSummary p11 = leaver(la, provider2, jake, learningCentre, latest, "EMPLOYMENT",
                "Job with training at a local garage",
                new FinalReport("Functional Skills Level 1 in English and maths; IMI Level 1 award.",
                        "86% over the year", "Punctual and reliable on work placement.", "IMI Level 1 Award",
                        "Functional Skills Level 1", "Functional Skills Level 1",
                        "\u201cThe work placement got me the job.\u201d", null));
        check(la, p11, 3, "EMPLOYMENT", "Working four days, one day at college on day release.");
        survey(la, p11, "PARENT", Map.of("feltSafe", 4, "helped", 5, "listenedTo", 4, "readyForNext", 5), null);

        // 12. NEET: the latest cohort; the 3-month check is overdue (on the LA's due list).
        Pupil ryan = pupil(school, "Ryan", "Hall", leaverBorn(latest, Month.APRIL, 20), eastmoorAcademy);
        leaver(la, provider2, ryan, learningCentre, latest, "NEET",
                "No post-16 place taken up; the LA's post-16 team is in touch",
                new FinalReport("Entry Level 3 English; maths not sat.", "54% over the year",
                        "Disengaged after Easter; severe absence in the summer term.", null, "Entry Level 3", null,
                        "Not given: did not attend the final review.", null));
    }

    private static LocalDate monday(LocalDate d) {
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
    }

    /** A date of birth in the middle of the cohort now in {@code yearGroup}. */
    private static LocalDate bornInYear(LocalDate today, int yearGroup) {
        return LocalDate.of(YearGroup.academicYearOf(today) - 5 - yearGroup, Month.OCTOBER, 15);
    }

    /** A date of birth that puts the pupil in Year 11 on {@code left}. */
    private static LocalDate leaverBorn(LocalDate left, Month month, int day) {
        int year = YearGroup.academicYearOf(left) - 16;
        return LocalDate.of(month.getValue() >= 9 ? year : year + 1, month, day);
    }

    private String upn() {
        String digits = "999" + String.format("%09d", 500_000 + (++serial) * 7919);
        return Upn.checkLetter(digits) + digits;
    }

    private Pupil pupil(SignedInUser school, String first, String last, LocalDate born, UUID schoolId) {
        return pupils.create(school, new PupilDetails(upn(), first, last, null, born, schoolId, null, "SEN_SUPPORT",
                "SEMH", false, false, false, false, serial % 2 == 0));
    }

    /**
     * A placement taken through the placements module's lifecycle as its commissioner and provider would: created,
     * the commissioning decision, the support plan with its agreed outcomes and the due diligence recorded, proposed,
     * accepted by the provider and activated (activation checks every requirement; a past start is allowed).
     */
    private PlacementSummary active(SignedInUser commissioner, SignedInUser provider, Pupil pupil, UUID providerId,
            String commissionerType, LocalDate start, LocalDate plannedEnd, String registration, int interval,
            List<SupportPlan.Outcome> outcomes) {
        List<SlotInput> at = List.of(new SlotInput("TUESDAY", "09:30", "15:00", null),
                new SlotInput("THURSDAY", "09:30", "15:00", null));
        List<SlotInput> home = new ArrayList<>();
        for (String day : List.of("MONDAY", "WEDNESDAY", "FRIDAY")) {
            home.add(new SlotInput(day, "08:45", "15:15", null));
        }
        PlacementSummary p = placements.create(commissioner, new NewPlacement(pupil.id(), providerId, commissionerType,
                null, start, plannedEnd, 2, "AT_RISK_OF_EXCLUSION", registration, at, home, List.of(), interval, null,
                null, "Key worker: Sam Patel"));
        boolean la = commissioner.isLaWide();
        Map<Integer, String> answers = new HashMap<>();
        for (int q = 1; q <= 19; q++) {
            answers.put(q, ANSWERS[(q - 1) % ANSWERS.length]);
        }
        LocalDate decided = start.minusDays(10);
        decisions.put(commissioner, p.id(), new Decisions.DecisionMaker(commissioner.name(),
                la ? (pupil.ehcp() ? "LA_SEN_TEAM" : "LA_OFFICER") : "SENIOR_LEADER", decided,
                pupil.ehcp() ? decided.minusDays(5) : null, pupil.ehcp() ? "Eastmoor SEN team (annual review)" : null,
                null, null),
                new Decisions.Views("Wants to try it; likes practical work.", "Parent agrees and wants weekly updates.",
                        "LA_DIRECTORY", null), answers, Map.of(), List.of());
        plans.save(commissioner, p.id(), -1, new SupportPlan(p.id(), decided,
                "Likes hands-on learning and adults who explain why.", "Supportive; wants weekly updates.",
                "Settled in primary; difficulties began in Year 8.", "Avoids written tasks; reading below age.",
                "Leaving lessons when dysregulated.", false, "No open plans", pupil.senStatus().label(),
                "Warn before transitions; a calm space to regulate; praise in private.",
                "English and maths schemes of learning shared with the provider.",
                "At risk of exclusion after repeated suspensions",
                "Key worker visits fortnightly; weekly call home.",
                "Provider marks AM and PM registers in Waymark on the day.", "Transport agreed.",
                "Return to school or a planned post-16 move, reviewed every " + interval + " weeks.", outcomes,
                List.of(new SupportPlan.Intervention("Mentoring", BigDecimal.ONE, start)), -1));
        List<DueDiligence.ItemInput> items = new ArrayList<>();
        for (DueDiligenceCheck c : DueDiligenceCheck.values()) {
            items.add(new DueDiligence.ItemInput(c.name(), start.minusDays(14), "Checked and filed",
                    commissioner.name()));
        }
        dueDiligence.save(commissioner, p.id(), items, true);
        placements.propose(commissioner, p.id());
        placements.accept(provider, p.id());
        placements.activate(commissioner, p.id());
        return placements.find(p.id()).orElseThrow();
    }

    /**
     * The provider's registers from the start to the planned end or today (whichever is sooner), in the attendance
     * story's patterns (most attend well, some are absent a lot), so reviews fill attendance in from them.
     */
    private void registers(PlacementSummary p, LocalDate until) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/London")));
        LocalDate today = now.toLocalDate();
        LocalDate to = until != null && until.isBefore(today) ? until : today;
        if (to.isBefore(p.startDate())) {
            return;
        }
        int i = pattern++ % 4 == 3 ? 3 : 0; // every fourth improves after a poor start; the rest attend well
        List<SessionTimes> sessions = SessionTimes.between(AttendanceRegisters.providerSlots(p.timetable()),
                p.startDate(), to, calendar.forLocalAuthority(p.localAuthorityId())::isSchoolDay);
        List<ImportedMark> marks = new ArrayList<>();
        for (int n = 0; n < sessions.size(); n++) {
            SessionTimes s = sessions.get(n);
            if (s.startsAt().isAfter(now)) {
                continue;
            }
            String code = AttendanceDemo.code(i, n, sessions.size(), s);
            boolean followedUp = List.of("N", "I", "O", "M").contains(code) && s.date().isBefore(today.minusDays(3));
            marks.add(new ImportedMark(p.id(), p.pupilId(), p.providerId(), p.localAuthorityId(), s.date(),
                    s.session(), code, code.equals("L") ? 10 : null, null,
                    followedUp ? (code.equals("N") ? "O" : code) : null,
                    followedUp ? (code.equals("I") ? "Parent rang the school: unwell" : "No reason given after calls home")
                            : null, followedUp ? s.date().plusDays(1) : null));
        }
        if (!marks.isEmpty()) {
            registers.importMarks(null, marks);
        }
    }

    /** A Year 11 leaver's LA-commissioned placement from the autumn to {@code left}, reviewed and ended. */
    private PlacementSummary leaver(SignedInUser la, SignedInUser provider, Pupil pupil, UUID providerId,
            LocalDate left, String outcome, String notes, FinalReport report) {
        LocalDate start = monday(left.minusWeeks(30));
        List<SupportPlan.Outcome> outcomes = List.of(ATTEND, GCSE_ENGLISH);
        PlacementSummary p = active(la, provider, pupil, providerId, "LOCAL_AUTHORITY", start, left, "SINGLE", 6,
                outcomes);
        registers(p, left);
        reviewsUntil(la, p, start, left, outcomes);
        progressReports(provider, p);
        endings.end(la, p.id(), left, outcome, notes, report, new Problems());
        return p;
    }

    /** Reviews every six weeks from the start until {@code until}, with steady progress on each outcome. */
    private void reviewsUntil(SignedInUser user, PlacementSummary p, LocalDate start, LocalDate until,
            List<SupportPlan.Outcome> outcomes) {
        int n = 0;
        for (LocalDate on = start.plusWeeks(6); !on.isAfter(until); on = on.plusWeeks(6)) {
            n++;
            List<ProgressEntry> progress = new ArrayList<>();
            for (SupportPlan.Outcome o : outcomes) {
                int baseline = Integer.parseInt(o.baseline());
                int target = Integer.parseInt(o.target());
                progress.add(new ProgressEntry(o.description(), baseline, Math.min(target, baseline + n), target,
                        null));
            }
            review(user, p, on, List.of("Pupil", "Parent or carer", "Home school", "Provider"),
                    n == 1 ? "Finding the routine easier than school." : "Wants to keep going as planned.",
                    "Pleased with the weekly calls.", progress, "Keep to the plan.", null);
        }
    }

    private void progressReports(SignedInUser provider, PlacementSummary p) {
        for (TermReport t : reports.terms(placements.find(p.id()).orElseThrow())) {
            if (t.report() == null) {
                reports.write(provider, p.id(), t.termId(), "Attended " + (88 + t.termName().length() % 7)
                        + "% of sessions; two authorised absences for medical appointments.",
                        "English: from grade 2 to a working grade 4. Maths: steady at grade 3. Personal development: "
                                + "leads the breakfast club rota.",
                        "Calm; one incident early in the term, none since.", "Mock exams next term.");
            }
        }
    }

    private void check(SignedInUser la, PlacementSummary p, int months, String destination, String notes) {
        for (DestinationCheck c : endings.ending(la, p.id()).orElseThrow().checks()) {
            if (c.monthsAfter() == months) {
                LocalDate today = LocalDate.now(clock);
                LocalDate on = c.dueOn().plusDays(4).isAfter(today) ? today : c.dueOn().plusDays(4);
                destinations.record(la, c.id(), c.version(), on, destination, notes,
                        new Problems());
            }
        }
    }

    private void survey(SignedInUser by, PlacementSummary p, String respondent, Map<String, Integer> scores,
            String comments) {
        String link = feedback.send(by, p.id(), respondent, respondent.toLowerCase(java.util.Locale.ROOT)
                + "." + p.id().toString().substring(0, 8) + "@home.example");
        feedback.answer(link, scores, comments);
    }

    private void review(SignedInUser user, PlacementSummary p, LocalDate on, List<String> attendees,
            String pupilViews, String parentViews, List<ProgressEntry> progress, String plan,
            ExtensionInput extension) {
        reviews.record(user, p.id(), new ReviewInput(on, attendees, pupilViews, parentViews,
                new BigDecimal("86.5"), progress, null, null, plan, "Review held at the provider.", extension, null));
    }

    private static final String[] ANSWERS = {
            "Social, emotional and mental health needs with gaps in literacy.",
            "Pupil and parent met the SENCO and visited the provider.",
            "Small groups and practical learning not available in school.",
            "Builds on the interests the pupil named.",
            "From the LA directory of approved providers.",
            "A calm setting with staff trained in de-escalation.",
            "Mentoring and regulation sessions.",
            "Practical work linked to English and maths.",
            "Checklist in Waymark; visit completed.",
            "Provider follows our safeguarding policy; registers AM and PM.",
            "Better attendance, fewer incidents, a planned next step.",
            "A visit with a parent, then a half-day start.",
            "Reviews every six weeks, recorded in Waymark.",
            "The school's key worker, with the SENCO.",
            "Schemes of learning shared.",
            "No further assessment needed now.",
            "Early help offered.",
            "Registers, behaviour log and the pupil's own rating.",
            "Return to school or a planned post-16 move."
    };
}
