package org.waymark.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.commissioning.Decisions;
import org.waymark.commissioning.DueDiligence;
import org.waymark.commissioning.DueDiligenceCheck;
import org.waymark.commissioning.NewPlacement;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.SlotInput;
import org.waymark.commissioning.SupportPlan;
import org.waymark.commissioning.SupportPlans;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.PupilDetails;
import org.waymark.pupil.Pupils;
import org.waymark.pupil.Upn;

/**
 * Pupils and placements: the MIAPS case studies A–F (A as Tier 1 support, B–F as placements with their
 * timetables), an EHCP personal-budget placement, a looked-after child, a reduced timetable, an ended placement,
 * a proposal blocked by an unlisted provider, and more pupils across the demo schools for lists and counts.
 * All dates are relative to the demo's today.
 */
@Component
class PlacementsDemo implements DemoStory {

    private final Pupils pupils;
    private final Placements placements;
    private final Decisions decisions;
    private final SupportPlans plans;
    private final DueDiligence dueDiligence;
    private final ProviderDirectory directory;
    private final Users users;
    private final Clock clock;

    private DemoFoundation f;
    private LocalDate today;
    private int serial;
    private final Map<Integer, SignedInUser> schoolUsers = new HashMap<>();

    PlacementsDemo(Pupils pupils, Placements placements, Decisions decisions, SupportPlans plans,
            DueDiligence dueDiligence, ProviderDirectory directory, Users users, Clock clock) {
        this.pupils = pupils;
        this.placements = placements;
        this.decisions = decisions;
        this.plans = plans;
        this.dueDiligence = dueDiligence;
        this.directory = directory;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load(DemoFoundation foundation) {
        this.f = foundation;
        this.today = LocalDate.now(clock);
        for (int i = 0; i <= 10; i++) {
            UUID provider = f.providerIds().get(i);
            if (!directory.isApproved(provider)) {
                directory.changeStatus(provider, DirectoryStatus.APPROVED, today.minusYears(1), "Approved on the framework",
                        null);
            }
        }
        SignedInUser eastmoor = f.user("demo-school-commissioner");
        SignedInUser castlegate = f.user("demo-school-commissioner-2");
        SignedInUser officer = f.user("demo-la-officer");
        schoolUsers.put(0, eastmoor);
        schoolUsers.put(1, castlegate);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        // Case study A: Tier 1 outreach before any AP (Year 2, Harbour View Primary)
        Pupil a = pupil(school(5, "Kemi Adeyemi", "harbour-senco"), "Blessing", "Nwosu", born(2), "SEN_SUPPORT", "SLCN",
                false, false, false, false);
        SignedInUser harbour = schoolUsers.get(5);
        pupils.addTierOneSupport(harbour, a.id(), "ASSESSMENT",
                "Two-week intensive observation of patterns of behaviour and triggers by the class team and SENCO.",
                "School SENCO and class team", today.minusWeeks(9), today.minusWeeks(7),
                "Communication needs identified as the driver of physical behaviour.");
        pupils.addTierOneSupport(harbour, a.id(), "OUTREACH",
                "Outreach consultation on de-escalation, environmental triggers and engaging the family; outreach staff "
                        + "model strategies in class and train all staff.",
                "Eastmoor Inclusion Outreach Service", today.minusWeeks(7), null, null);

        // Case study B: Year 7, hybrid: two afternoons at an unregistered provider (time-limited, Tier 2)
        Pupil b = pupil(eastmoor, "Adam", "Kowalski", born(7), "SEN_SUPPORT", "MLD", false, false, false, false);
        PlacementSummary pb = draft(eastmoor, b, 0, monday.minusWeeks(3), monday.plusWeeks(9), 2, "AT_RISK_OF_EXCLUSION",
                slots("TUESDAY 13:00-15:30", "THURSDAY 13:00-15:30"), fullWeekExcept(List.of("TUESDAY", "THURSDAY"),
                        "08:45-12:45"), null, null, "Sam Carter, centre manager, 01632 960111");
        run(eastmoor, pb, b, "Re-engagement after repeated suspensions; interest in cooking and vehicles", false);

        // Case study C: Year 8, two days a week sports-based AP (Castlegate High), summer-term style intervention
        Pupil c = pupil(castlegate, "Sophie", "Turner", born(8), "SEN_SUPPORT", "SEMH", false, false, false, true);
        PlacementSummary pc = draft(castlegate, c, 4, monday.minusWeeks(2), monday.plusWeeks(10), 2, "SUSPENDED",
                slots("MONDAY 09:00-15:00", "FRIDAY 09:00-15:00"), fullWeekExcept(List.of("MONDAY", "FRIDAY"), null),
                null, null, "Coach Dean Marsh, 01632 960222");
        run(castlegate, pc, c, "Four suspensions for defiance in quick succession; strength-based sports intervention", false);

        // Case study D: Year 10, CP plan, music AP two days and a reduced timetable at school for three days
        Pupil d = pupil(eastmoor, "Gary", "Lewis", born(10), "SEN_SUPPORT", "SEMH", false, true, true, true);
        PlacementSummary pd = draft(eastmoor, d, 3, monday.minusWeeks(4), monday.plusWeeks(14), 2,
                "AT_RISK_OF_EXCLUSION", slots("WEDNESDAY 09:30-15:00", "THURSDAY 09:30-15:00"),
                slots("MONDAY 09:00-12:00", "TUESDAY 09:00-12:00", "FRIDAY 09:00-12:00", "MONDAY 13:00-14:30",
                        "TUESDAY 13:00-14:30", "FRIDAY 13:00-14:30"),
                List.of(new SlotInput("TUESDAY", "15:00", "16:30", "Eastmoor Youth Mentoring (1:1 mentor)")),
                new NewPlacement.ReducedInput("AGREED_PART_TIME", true, monday.plusWeeks(6), monday.minusWeeks(1)), // its review is overdue
                "Priya Bell, music lead, 01632 960333");
        run(eastmoor, pd, d, "Disengaged and at risk of exclusion; complex safeguarding; passion for music", false);

        // Case study E: Year 11, looked after, full-time registered AP for the whole of Year 11 (Tier 3)
        Pupil e = pupil(school(2, "Daniel Okoro", "riverside-senco"), "Holly", "Marsh", born(11), "SEN_SUPPORT", "SEMH",
                true, false, false, true);
        SignedInUser riverside = schoolUsers.get(2);
        LocalDate endOfYear10 = LocalDate.of(YearStart.of(today), 7, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        PlacementSummary pe = draft(riverside, e, 1, endOfYear10, leavingDate(e), 3, "AT_RISK_OF_EXCLUSION",
                slots("MONDAY 09:00-15:30", "TUESDAY 09:00-15:30", "WEDNESDAY 09:00-15:30", "THURSDAY 09:00-15:30",
                        "FRIDAY 09:00-15:30"),
                List.of(), null, null, "Ruth Gallagher, head of centre, 01632 960444");
        run(riverside, pe, e, "Severe absence and risky behaviour after trauma; transition to post-16", false);

        // A looked-after Year 9 pupil four days a week at an unregistered motor project since the summer term,
        // arranged before the LA's framework checks: one such pupil makes the provider one that must register, and
        // more than a term at more than three days a week from one unregistered setting breaks the guidance
        Pupil g = pupil(eastmoor, "Callum", "Reid", born(9), "SEN_SUPPORT", "SEMH", true, false, false, false);
        LocalDate summerTerm = LocalDate.of(YearStart.of(today), 4, 20);
        PlacementSummary pg = draft(eastmoor, g, 0, summerTerm, today.plusWeeks(20), 3, "AT_RISK_OF_EXCLUSION",
                slots("MONDAY 09:00-15:30", "TUESDAY 09:00-15:30", "WEDNESDAY 09:00-15:30", "THURSDAY 09:00-15:30"),
                List.of(), null, null, "Kev Brennan, project lead, 01632 960555");
        run(eastmoor, pg, g, "Repeated suspensions; motivated by practical work with engines", false);

        // An EHCP pupil proposed for sports coaching before the LA SEN team has been asked (rule 7)
        Pupil h = pupil(eastmoor, "Ellie", "Ward", born(8), "EHCP", "ASD", false, false, false, false);
        PlacementSummary ph = draft(eastmoor, h, 4, monday.plusWeeks(1), monday.plusWeeks(11), 2,
                "AT_RISK_OF_EXCLUSION", slots("TUESDAY 13:00-15:00", "THURSDAY 13:00-15:00"),
                fullWeekExcept(List.of("TUESDAY", "THURSDAY"), "08:45-12:30"), null, null, "Fresh Start head coach");
        placements.propose(eastmoor, ph.id());

        // Case study F: Year 5, two afternoons of forest school, proposed in consultation with the LA
        Pupil fp = pupil(school(6, "Mark Jennings", "larkspur-head"), "Tyler", "Brooks", born(5), "SEN_SUPPORT", "MLD",
                false, false, true, false);
        SignedInUser larkspur = schoolUsers.get(6);
        PlacementSummary pf = draft(larkspur, fp, 6, monday.plusWeeks(2), monday.plusWeeks(12), 2,
                "AT_RISK_OF_EXCLUSION", slots("TUESDAY 13:15-15:15", "THURSDAY 13:15-15:15"),
                fullWeekExcept(List.of("TUESDAY", "THURSDAY"), "08:50-12:15"), null, null, "Green Acres forest school lead");
        complete(larkspur, pf, fp, "Drastic escalation alongside social care involvement; anxiety at transitions", true);
        placements.propose(larkspur, pf.id());

        // An EHCP personal budget: the Okafor family commission one-to-one tutoring for their son
        SignedInUser parent = f.user("demo-parent-commissioner");
        Pupil ehcp = pupils.create(officer, new PupilDetails(upn(), "Chidi", "Okafor", null, born(9),
                f.schoolIds().get(9), f.familyId(), "EHCP", "ASD", true, false, false, false, false));
        PlacementSummary pp = draft(parent, ehcp, 7, monday.minusWeeks(5), monday.plusWeeks(15), 2, "EHCP",
                slots("MONDAY 14:00-15:30", "WEDNESDAY 14:00-15:30"),
                fullWeekExcept(List.of("MONDAY", "WEDNESDAY"), "08:45-14:00"), null, null, "Bright Futures tutor team");
        run(parent, pp, ehcp, "EHCP outcomes for literacy met through one-to-one tutoring funded by the personal budget",
                false);

        // An ended placement: reintegrated after a term at construction skills
        Pupil ended = pupil(eastmoor, "Jordan", "Price", born(9), "NONE", null, false, false, false, false);
        PlacementSummary pend = draft(eastmoor, ended, 2, today.minusWeeks(16), today.minusWeeks(3), 2,
                "AT_RISK_OF_EXCLUSION", slots("WEDNESDAY 09:00-15:00"), fullWeekExcept(List.of("WEDNESDAY"), null), null,
                null, "Canal Side site office");
        run(eastmoor, pend, ended, "Low-level disruption and disengagement in Year 8", false);
        placements.end(eastmoor, pend.id(), today.minusWeeks(3), "REINTEGRATED_TO_MAINSTREAM",
                "Back on a full timetable; attendance 96% since.");

        // A proposal to a provider not on the directory: blocked until it is approved (rule 8)
        Pupil unlisted = pupil(eastmoor, "Leah", "Shaw", born(10), "SEN_SUPPORT", "SEMH", false, false, false, false);
        PlacementSummary pu = draft(eastmoor, unlisted, 12, monday.plusWeeks(1), monday.plusWeeks(13), 3,
                "AT_RISK_OF_EXCLUSION", slots("MONDAY 09:00-15:00", "TUESDAY 09:00-15:00", "WEDNESDAY 09:00-15:00",
                        "THURSDAY 09:00-15:00", "FRIDAY 09:00-15:00"), List.of(), null, null, null);
        complete(eastmoor, pu, unlisted, "Parents asked for this independent school", false);
        placements.propose(eastmoor, pu.id());

        // More pupils across the demo schools, so that lists and counts mean something
        String[][] more = {
                {"0", "Mia", "Hughes", "9", "SEN_SUPPORT", "SEMH", "5"},
                {"0", "Ethan", "Ali", "8", "NONE", "", ""},
                {"1", "Olivia", "Barnes", "10", "SEN_SUPPORT", "SPLD", "9"},
                {"1", "Noah", "Green", "11", "EHCP", "SEMH", ""},
                {"3", "Amelia", "Wright", "9", "SEN_SUPPORT", "SLCN", "8"},
                {"4", "Leo", "Patel", "10", "NONE", "", "10"},
                {"7", "Isla", "Murphy", "4", "SEN_SUPPORT", "SEMH", ""},
                {"8", "Harry", "Evans", "6", "SEN_SUPPORT", "ASD", ""},
                {"10", "Zara", "Khan", "7", "NONE", "", "0"},
        };
        String[] names = {"", "", "", "Fiona Walsh", "Ian Doyle", "", "", "Ruth Clarke", "Ahmed Siddiqui", "", "Lucy Tran"};
        for (String[] m : more) {
            int s = Integer.parseInt(m[0]);
            SignedInUser user = s <= 1 ? schoolUsers.get(s) : school(s, names[s], "senco-" + s);
            Pupil p = pupil(user, m[1], m[2], born(Integer.parseInt(m[3])), m[4], m[5].isEmpty() ? null : m[5], false,
                    false, false, s % 2 == 0);
            if (!m[6].isEmpty()) {
                int provider = Integer.parseInt(m[6]);
                PlacementSummary ps = draft(user, p, provider, monday.minusWeeks(2 + s % 3), monday.plusWeeks(10), 2,
                        "AT_RISK_OF_EXCLUSION", slots("TUESDAY 09:30-14:30", "THURSDAY 09:30-14:30"),
                        fullWeekExcept(List.of("TUESDAY", "THURSDAY"), null), null, null, null);
                if (s == 4) {
                    continue; // left as a draft
                }
                run(user, ps, p, "Part-time intervention to re-engage in learning", false);
            }
        }
    }

    /** Calendar helper: the year the academic year holding a date starts in. */
    private static final class YearStart {
        static int of(LocalDate d) {
            return d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
        }
    }

    private LocalDate leavingDate(Pupil p) {
        return p.compulsorySchoolAge().end();
    }

    /** A date of birth in the middle of the cohort now in {@code yearGroup} (0 = Reception). */
    private LocalDate born(int yearGroup) {
        int cohort = YearStart.of(today) - 5 - yearGroup;
        return LocalDate.of(cohort + 1, 1 + (serial++ % 6), 10 + serial % 15);
    }

    private String upn() {
        String digits = String.format("999%04d%02d%03d", 9000 + serial % 1000, today.getYear() % 100, ++serial % 1000);
        return Upn.checkLetter(digits) + digits;
    }

    /** A school commissioner for demo school {@code index}, created once (the first two are the demo accounts). */
    private SignedInUser school(int index, String name, String local) {
        return schoolUsers.computeIfAbsent(index, i -> {
            UUID schoolId = f.schoolIds().get(i);
            UserAccount u = users.createWithPassword(f.localAuthorityId(), local + DemoData.DOMAIN, name,
                    Role.SCHOOL_COMMISSIONER, schoolId, DemoData.PASSWORD);
            return new SignedInUser(u.id(), u.email(), u.name(), u.role(), OrganisationType.SCHOOL, schoolId,
                    f.localAuthorityId(), Instant.now(clock));
        });
    }

    private Pupil pupil(SignedInUser by, String first, String last, LocalDate dob, String sen, String need,
            boolean lookedAfter, boolean cpPlan, boolean cin, boolean fsm) {
        return pupils.create(by, new PupilDetails(upn(), first, last, null, dob, by.organisationId(), null, sen, need,
                false, lookedAfter, cpPlan, cin, fsm));
    }

    private static List<SlotInput> slots(String... specs) {
        List<SlotInput> list = new ArrayList<>();
        for (String s : specs) {
            String[] parts = s.split(" ");
            String[] times = parts[1].split("-");
            list.add(new SlotInput(parts[0], times[0], times[1]));
        }
        return list;
    }

    /** Home-school sessions: every weekday not in {@code away} 08:45–15:15, and on those days {@code morning}. */
    private static List<SlotInput> fullWeekExcept(List<String> away, String morning) {
        List<SlotInput> list = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            if (!away.contains(day)) {
                list.add(new SlotInput(day, "08:45", "15:15"));
            } else if (morning != null) {
                String[] t = morning.split("-");
                list.add(new SlotInput(day, t[0], t[1]));
            }
        }
        return list;
    }

    private PlacementSummary draft(SignedInUser by, Pupil p, int provider, LocalDate start, LocalDate end, int tier,
            String route, List<SlotInput> timetable, List<SlotInput> home, List<SlotInput> other,
            NewPlacement.ReducedInput reduced, String providerContact) {
        return placements.create(by, new NewPlacement(p.id(), f.providerIds().get(provider), null, null, start, end, tier,
                route, null, timetable, home, other, 6, reduced, null, providerContact));
    }

    /** Decision, support plan and due diligence, as the commissioner records them. */
    private void complete(SignedInUser by, PlacementSummary s, Pupil p, String reason, boolean primary) {
        Map<Integer, String> answers = new HashMap<>();
        for (int q = 1; q <= 19; q++) {
            answers.put(q, ANSWERS[q - 1]);
        }
        Map<Integer, String> primaryAnswers = new HashMap<>();
        if (primary) {
            primaryAnswers.put(1, "Restorative work with the class teacher, a daily responsibility and structured social "
                    + "times over two half terms; SENCO advice shared with all staff.");
            primaryAnswers.put(2, "Defiance communicates anxiety and a need for control since social care became involved; "
                    + "SEMH assessed as an emerging need alongside cognition and learning.");
            primaryAnswers.put(3, "The forest school leads are experienced with Key Stage 2 and follow our curriculum map.");
            primaryAnswers.put(4, "Mum and the social worker joined the planning meeting and visited the site.");
            primaryAnswers.put(5, "Two afternoons for ten weeks, reviewed at six weeks with the LA AP team.");
        }
        String capacity = by.role() == Role.PARENT_COMMISSIONER ? "PARENT" : "SENIOR_LEADER";
        boolean ehcp = p.ehcp();
        decisions.put(by, s.id(), new Decisions.DecisionMaker(by.name(), capacity, minDate(s.startDate().minusDays(7)),
                ehcp ? minDate(s.startDate().minusDays(10)) : null,
                ehcp ? "Eastmoor SEN team (annual review)" : null, null, null),
                new Decisions.Views("Wants to try it; likes practical work.", "Parent agrees and wants weekly updates.",
                        "LA_DIRECTORY", null), answers, primaryAnswers, List.of());
        plans.save(by, s.id(), -1, new SupportPlan(s.id(), minDate(s.startDate().minusDays(7)),
                "Likes hands-on learning and adults who explain why.", "Worried about falling behind; supportive.",
                "Settled in primary; difficulties began after a move of home.",
                "Reading age two years below chronological age; avoids written tasks.",
                "Leaving site when dysregulated; peer conflict at unstructured times.", true,
                p.childProtectionPlan() ? "Child protection plan: social worker and complex safeguarding team involved"
                        : p.lookedAfter() ? "Looked after: Virtual School and social worker involved" : "No open plans",
                p.senStatus().label() + (p.primaryNeed() == null ? "" : ", " + p.primaryNeed().label()),
                "Warn before transitions; give a job to do; a calm space to regulate; praise in private.",
                "English and maths schemes of learning shared; provider teaches them in morning sessions.", reason,
                "Key worker visits fortnightly; weekly call home; joins school events.",
                "Provider marks AM and PM registers in Waymark on the day and calls school by 10:00 about absence.",
                "Referral to educational psychology; transport agreed.",
                "Return to a full timetable at school, building up one day a fortnight after the first review.",
                List.of(new SupportPlan.Outcome("Attend every planned session", "78% attendance last half term",
                                "95% attendance", "Waymark registers"),
                        new SupportPlan.Outcome("Manage frustration without leaving the room", "3 incidents a week",
                                "Fewer than 1 a week", "Behaviour log and provider report")),
                List.of(new SupportPlan.Intervention("Mentoring", new BigDecimal("1"), s.startDate()),
                        new SupportPlan.Intervention("Small-group literacy", new BigDecimal("2"), s.startDate())), -1));
        List<DueDiligence.ItemInput> items = new ArrayList<>();
        for (DueDiligenceCheck c : DueDiligenceCheck.values()) {
            items.add(new DueDiligence.ItemInput(c.name(), minDate(s.startDate().minusDays(14)),
                    "Checked and filed in the school's AP folder", by.name()));
        }
        dueDiligence.save(by, s.id(), items, true);
    }

    private LocalDate minDate(LocalDate d) {
        return d.isAfter(today) ? today : d;
    }

    /** Completes, proposes, accepts (as the provider) and activates. */
    private void run(SignedInUser by, PlacementSummary s, Pupil p, String reason, boolean primary) {
        complete(by, s, p, reason, primary);
        placements.propose(by, s.id());
        SignedInUser provider = new SignedInUser(UUID.randomUUID(), "provider@demo", "Provider", Role.PROVIDER_STAFF,
                OrganisationType.PROVIDER, s.providerId(), f.localAuthorityId(), Instant.now(clock));
        placements.accept(provider, s.id());
        placements.activate(by, s.id());
    }

    private static final String[] ANSWERS = {
            "Social, emotional and mental health needs with literacy gaps; anxiety at transitions.",
            "Pupil and parent met the SENCO and visited the provider; weekly call home from the key worker.",
            "Small groups, practical vocational learning and therapeutic staff not available in school.",
            "Builds on the pupil's interests and strengths named by the pupil.",
            "From the LA directory of approved providers, with advice from the LA AP team.",
            "A small, calm setting with adults trained in de-escalation, near home.",
            "Emotional regulation sessions and mentoring.",
            "Sessions link practical work to English and maths, with a qualification at the end.",
            "Checklist in Waymark with evidence dated and filed; visit completed.",
            "Provider follows our safeguarding policy; concerns to our DSL the same day; registers AM and PM.",
            "Attendance of 95% or more, fewer incidents, a step back to a full timetable.",
            "A visit with a parent, then a half-day start with the key worker.",
            "Review meeting every six weeks with pupil, parent, school and provider, recorded in Waymark.",
            "The school's key worker, with the SENCO.",
            "Schemes of learning shared; school sets work for the sessions missed.",
            "Yes: educational psychology assessment requested.",
            "Yes: early help and the school nurse.",
            "Registers, behaviour log, reading age and the pupil's own rating each review.",
            "Return to full-time at school; pupil keeps tutor group and clubs meanwhile."
    };
}
