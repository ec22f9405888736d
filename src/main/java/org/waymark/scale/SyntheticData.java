package org.waymark.scale;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.waymark.attendance.ExpectedSession;
import org.waymark.attendance.ExpectedSessions;
import org.waymark.attendance.Session;
import org.waymark.attendance.WeeklySlot;
import org.waymark.calendar.EnglishCalendarTemplate;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.Term;
import org.waymark.commissioning.Placements;
import org.waymark.directory.FrameworkLots;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Role;
import org.waymark.pupil.CompulsorySchoolAge;
import org.waymark.pupil.Upn;
import org.waymark.pupil.YearGroup;

/**
 * Writes a synthetic dataset (README, "Measure": the distributions and their sources) into an empty database
 * through the service's own schema (its Flyway migrations). Deterministic: each LA draws from its own
 * {@link Random} seeded from the request's seed and the LA's number, each placement from one seeded from that,
 * and ids are drawn from the same streams, so the same request writes the same rows. Every name is invented.
 */
public final class SyntheticData {

    /** Every generated user's password (one Argon2 hash, made once, shared by every account). */
    public static final String PASSWORD = "Scale-bench-2026";
    /** The e-mail domain of generated users: {@code la-officer@la201.scale.example}. */
    public static final String DOMAIN = ".scale.example";

    /** What was written. */
    public record Generated(int localAuthorities, int schools, int providers, int users, int pupils, int placements,
            long marks, long reviews, long qaVisits, long concerns, Duration took) {
    }

    private final Generation g;
    private final String passwordHash;
    private final int firstYear;
    private final int currentYear;

    private int schools;
    private int providers;
    private int users;
    private int pupils;
    private int placements;
    private long marks;
    private long reviews;
    private long qaVisits;
    private long concerns;

    private SyntheticData(Generation g, String passwordHash) {
        this.g = g;
        this.passwordHash = passwordHash;
        this.currentYear = EnglishCalendarTemplate.academicYearOf(g.today());
        this.firstYear = currentYear - g.years() + 1;
    }

    /**
     * Refuses a database that already holds data (before writing anything), creates the schema with the
     * service's migrations and writes the dataset, one transaction a local authority.
     */
    public static Generated generate(DataSource dataSource, Generation g) throws SQLException {
        long started = System.nanoTime();
        String vendor;
        try (Connection c = dataSource.getConnection()) {
            vendor = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? "postgresql" : "h2";
            refuseIfNotEmpty(c);
        }
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        String hash = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        SyntheticData data = new SyntheticData(g, hash);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int la = 0; la < g.localAuthorities(); la++) {
                data.localAuthority(c, la);
                c.commit();
            }
            if (vendor.equals("postgresql")) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
            }
        }
        return new Generated(g.localAuthorities(), data.schools, data.providers, data.users, data.pupils,
                data.placements, data.marks, data.reviews, data.qaVisits, data.concerns,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** A target holding any local authority, user or pupil is refused: the generator only fills empty databases. */
    static void refuseIfNotEmpty(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        for (String table : List.of("local_authority", "app_user", "pupil", "placement")) {
            boolean exists;
            try (ResultSet rs = meta.getTables(null, schema, table, new String[] {"TABLE"})) {
                exists = rs.next();
            }
            if (!exists) {
                try (ResultSet rs = meta.getTables(null, schema, table.toUpperCase(Locale.ROOT), new String[] {"TABLE"})) {
                    exists = rs.next();
                }
            }
            if (exists) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    long n = rs.getLong(1);
                    if (n > 0) {
                        throw new IllegalStateException("The target database already holds data (" + n + " rows in "
                                + table + "): the generator writes only into an empty database. Create a new one, e.g. "
                                + "psql -h 127.0.0.1 -U postgres -c 'create database waymark_bench'");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final String[] FIRST = {"Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Arlo", "Ivy",
            "Theo", "Freya", "Oscar", "Lily", "Jack", "Rosie", "Finley", "Sofia", "Alfie", "Grace", "Harry", "Zara",
            "Musa", "Aisha", "Kai", "Maya", "Reuben", "Esme", "Tariq", "Nia", "Jayden", "Chloe", "Kacper", "Lena",
            "Dev", "Imani", "Tyler", "Poppy", "Yusuf", "Ellie", "Callum"};
    private static final String[] LAST = {"Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fenwick",
            "Garside", "Holloway", "Ibbotson", "Jarrow", "Kestrel", "Lindqvist", "Marlowe", "Northcott", "Okonjo",
            "Pemberton", "Quarrie", "Rushworth", "Stannard", "Thwaite", "Underhill", "Varga", "Whitlock", "Yardley",
            "Ziolkowski", "Adeyemi", "Bhatt", "Chowdhury", "Delaney", "Egan", "Farrow", "Gill", "Hussain", "Iqbal",
            "Kowalczyk", "Lomax", "Mahmood", "Nwosu", "O'Hare", "Patel"};
    private static final String[] PLACE = {"Ashby", "Brackley", "Calder", "Dunham", "Elmstead", "Fairholme",
            "Greywell", "Hartwood", "Inglebrook", "Kettleby", "Longmoor", "Marden", "Netherby", "Oxley", "Penrose",
            "Quarndon", "Redbank", "Southwold", "Thornbury", "Upwell", "Westcombe", "Yarwood"};
    private static final String[] SKILL = {"Skills Centre", "Learning Hub", "Motor Project", "Construction Academy",
            "Creative Media", "Sports Academy", "Hair and Beauty Studio", "Animal Care Farm", "Tutoring Online",
            "Mentoring and Coaching", "Independent School", "Pupil Referral Unit", "AP Academy", "Hospital School"};
    private static final String[] NEEDS = {"SEMH", "SEMH", "SEMH", "SEMH", "SEMH", "SEMH", "SEMH", "SEMH", "SEMH",
            "SEMH", "SEMH", "SEMH", "SEMH", "ASD", "ASD", "SLCN", "SLCN", "MLD", "SPLD", "OTH"};
    private static final String[] CONCERN_CATEGORIES = {"SAFEGUARDING", "HEALTH_AND_SAFETY", "QUALITY_OF_PROVISION",
            "QUALITY_OF_PROVISION", "REGISTRATION", "OTHER"};
    private static final String[] QA_SECTIONS = {"SAFEGUARDING", "HEALTH_AND_SAFETY", "QUALITY_OF_EDUCATION", "SEND",
            "ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT"};
    private static final DayOfWeek[] WEEK = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    private record Org(UUID id, String registration, String name, UUID userId) {
    }

    private record SchoolRow(UUID id, String phase, UUID userId) {
    }

    private record Slot(String setting, DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /** One placement as planned before it is written. */
    private static final class Plan {
        UUID id;
        UUID pupilId;
        long seed;
        LocalDate dob;
        SchoolRow school;
        Org provider;
        String commissionerType;
        UUID commissionerId;
        String status;
        LocalDate start;
        LocalDate plannedEnd;
        LocalDate endedOn;
        String outcome;
        int tier;
        String route;
        String arrangement;
        boolean reduced;
        List<Slot> slots = new ArrayList<>();
        int yearGroup;
        /** share of expected sessions missed: the pupil's absence profile */
        double absence;
        UUID familyId;
        LocalDate nextReview;
        boolean ehcp;
    }

    private void localAuthority(Connection c, int index) throws SQLException {
        Random rnd = new Random(g.seed() * 1_000_003L + index * 7_919L + 17);
        int las = g.localAuthorities();
        UUID laId = uuid(rnd);
        String code = String.valueOf(201 + index % 700);
        String domain = "@la" + code + DOMAIN;
        OffsetDateTime founded = at(LocalDate.of(firstYear, 8, 1), 9);
        try (Rows la = new Rows(c, "local_authority", "id, code, name, created_at")) {
            la.add(laId, code, PLACE[index % PLACE.length] + (index >= PLACE.length ? " " + (index / PLACE.length + 1) : "")
                    + " Council (synthetic " + code + ")", founded);
        }
        // the calendar: the template year for every year of data and the two after (as the service seeds it)
        List<Term> terms = new ArrayList<>();
        Set<LocalDate> closures = new HashSet<>();
        try (Rows years = new Rows(c, "academic_year", "id, local_authority_id, label, start_date, end_date");
                Rows termRows = new Rows(c, "term", "id, academic_year_id, number, name, start_date, end_date", years);
                Rows closureRows = new Rows(c, "closure_day", "id, local_authority_id, closed_on, reason")) {
            for (int y = firstYear; y <= currentYear + 2; y++) {
                var plan = EnglishCalendarTemplate.plan(y);
                UUID yearId = uuid(rnd);
                years.add(yearId, laId, plan.label(), plan.start(), plan.end());
                years.flush();
                for (var t : plan.terms()) {
                    UUID termId = uuid(rnd);
                    termRows.add(termId, yearId, t.number(), t.name(), t.start(), t.end());
                    terms.add(new Term(termId, plan.label(), t.number(), t.name(), t.start(), t.end(), 0));
                }
                for (var cl : plan.closures()) {
                    if (closures.add(cl.day())) {
                        closureRows.add(uuid(rnd), laId, cl.day(), cl.reason());
                    }
                }
            }
        }
        LaCalendar calendar = new LaCalendar(terms, closures);
        List<UUID> lots = new ArrayList<>();
        try (Rows lotRows = new Rows(c, "framework_lot", "id, local_authority_id, number, name, description")) {
            for (int i = 0; i < FrameworkLots.MANCHESTER.size(); i++) {
                UUID lot = uuid(rnd);
                lots.add(lot);
                lotRows.add(lot, laId, i + 1, FrameworkLots.MANCHESTER.get(i)[0], FrameworkLots.MANCHESTER.get(i)[1]);
            }
        }

        Rows userRows = new Rows(c, "app_user", "id, email, name, role, organisation_type, organisation_id, "
                + "local_authority_id, password_hash, created_at, sessions_valid_after");
        Rows tokenRows = new Rows(c, "api_token", "id, user_id, name, token_hash, created_at", userRows);
        UUID admin = user(rnd, userRows, tokenRows, laId, laId, Role.LA_ADMIN, "la-admin" + domain, founded);
        UUID officer = user(rnd, userRows, tokenRows, laId, laId, Role.LA_OFFICER, "la-officer" + domain, founded);
        user(rnd, userRows, tokenRows, laId, laId, Role.LA_OFFICER, "la-officer-2" + domain, founded);
        UUID qap = user(rnd, userRows, tokenRows, laId, laId, Role.QA_PROFESSIONAL, "qa-professional" + domain, founded);

        // schools: mostly primary, as in England (GIAS: about 16,700 primary, 3,400 secondary, 1,000 special)
        int schoolCount = Scale.shareOf(g.schools(), las, index);
        int schoolBase = index * (g.schools() / las) + Math.min(index, g.schools() % las);
        List<SchoolRow> primary = new ArrayList<>();
        List<SchoolRow> secondary = new ArrayList<>();
        try (Rows schoolRows = new Rows(c, "school", "id, urn, name, local_authority_id, phase, number_on_roll, created_at")) {
            for (int i = 0; i < schoolCount; i++) {
                UUID id = uuid(rnd);
                int pick = (i * 37) % 100;
                String phase = pick < 77 ? "PRIMARY" : pick < 93 ? "SECONDARY" : pick < 97 ? "SPECIAL" : "ALL_THROUGH";
                int roll = switch (phase) {
                    case "PRIMARY" -> 180 + rnd.nextInt(300);
                    case "SECONDARY" -> 650 + rnd.nextInt(900);
                    case "SPECIAL" -> 60 + rnd.nextInt(150);
                    default -> 1000 + rnd.nextInt(800);
                };
                String urn = String.valueOf(3_000_000 + schoolBase + i);
                String name = PLACE[rnd.nextInt(PLACE.length)] + " " + switch (phase) {
                    case "PRIMARY" -> "Primary School";
                    case "SECONDARY" -> "High School";
                    case "SPECIAL" -> "Special School";
                    default -> "All-Through Academy";
                } + " " + urn;
                schoolRows.add(id, urn, name, laId, phase, roll, founded);
                UUID u = user(rnd, userRows, tokenRows, laId, id, Role.SCHOOL_COMMISSIONER, "school-" + urn + domain, founded);
                SchoolRow s = new SchoolRow(id, phase, u);
                if (phase.equals("PRIMARY") || phase.equals("ALL_THROUGH")) {
                    primary.add(s);
                }
                if (!phase.equals("PRIMARY")) {
                    secondary.add(s);
                }
                schools++;
            }
        }
        if (primary.isEmpty()) {
            primary = secondary;
        }
        if (secondary.isEmpty()) {
            secondary = primary;
        }

        // providers: registration mix after DfE's AP census and Manchester's framework (README)
        int providerCount = Scale.shareOf(g.providers(), las, index);
        int providerBase = index * (g.providers() / las) + Math.min(index, g.providers() % las);
        List<Org> orgs = new ArrayList<>();
        try (Rows providerRows = new Rows(c, "provider", "id, name, urn, ukprn, registration, directory_status, created_at");
                Rows links = new Rows(c, "provider_local_authority", "provider_id, local_authority_id", providerRows);
                Rows offers = new Rows(c, "provider_offer", "provider_id, description, age_from, age_to, needs, days, "
                        + "session_times, capacity, area, postcode, cost_per_session, contact_email", providerRows);
                Rows providerLots = new Rows(c, "provider_lot", "provider_id, lot_id", providerRows)) {
            for (int i = 0; i < providerCount; i++) {
                UUID id = uuid(rnd);
                int pick = rnd.nextInt(100);
                String registration = pick < 45 ? "UNREGISTERED" : pick < 70 ? "REGISTERED_INDEPENDENT_SCHOOL"
                        : pick < 80 ? "PUPIL_REFERRAL_UNIT" : pick < 90 ? "AP_ACADEMY_OR_FREE_SCHOOL"
                        : pick < 97 ? "ONLINE" : "HOSPITAL_SCHOOL";
                String kind = switch (registration) {
                    case "REGISTERED_INDEPENDENT_SCHOOL" -> "Independent School";
                    case "PUPIL_REFERRAL_UNIT" -> "Pupil Referral Unit";
                    case "AP_ACADEMY_OR_FREE_SCHOOL" -> "AP Academy";
                    case "ONLINE" -> "Tutoring Online";
                    case "HOSPITAL_SCHOOL" -> "Hospital School";
                    default -> SKILL[rnd.nextInt(10)];
                };
                int number = providerBase + i + 1;
                String name = PLACE[rnd.nextInt(PLACE.length)] + " " + kind + " " + number;
                boolean school = !registration.equals("UNREGISTERED") && !registration.equals("ONLINE");
                String urn = school ? String.valueOf(4_000_000 + number) : null;
                String ukprn = String.valueOf(10_000_000 + number);
                int status = rnd.nextInt(100);
                String directory = status < 86 ? "APPROVED" : status < 92 ? "NOT_LISTED" : status < 96 ? "UNDER_CHECK"
                        : "SUSPENDED";
                providerRows.add(id, name, urn, ukprn, registration, directory, founded);
                links.add(id, laId);
                int from = school ? 11 : 13;
                String needs = rnd.nextBoolean() ? ",SEMH," : ",SEMH,ASD,SLCN,";
                offers.add(id, "Synthetic provider for benchmarks.", from, 16, needs,
                        "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "09:30 to 14:30", 10 + rnd.nextInt(60),
                        PLACE[rnd.nextInt(PLACE.length)], "ZZ" + (1 + rnd.nextInt(99)) + " 9ZZ",
                        BigDecimal.valueOf(60 + rnd.nextInt(140)).setScale(2), "provider-" + number + "@la" + code + DOMAIN);
                providerLots.add(id, lots.get(school ? 0 : 1 + rnd.nextInt(9)));
                UUID u = user(rnd, userRows, tokenRows, laId, id, Role.PROVIDER_STAFF, "provider-" + number + domain,
                        founded);
                orgs.add(new Org(id, registration, name, u));
                providers++;
            }
        }
        tokenRows.close();
        userRows.close();

        // placements, year by year
        List<Plan> plans = new ArrayList<>();
        List<Org> hospital = orgs.stream().filter(o -> o.registration().equals("HOSPITAL_SCHOOL")).toList();
        for (int year = firstYear; year <= currentYear; year++) {
            var calendarYear = EnglishCalendarTemplate.plan(year);
            LocalDate autumn = calendarYear.terms().get(0).start();
            LocalDate summerEnd = calendarYear.terms().get(2).end();
            LocalDate windowEnd = year == currentYear ? min(summerEnd.minusDays(20), g.today().plusDays(14))
                    : summerEnd.minusDays(20);
            if (windowEnd.isBefore(autumn.plusDays(7))) {
                windowEnd = autumn.plusDays(28);
            }
            List<LocalDate> startDays = calendar.schoolDays(autumn, windowEnd);
            int count = Scale.shareOf(g.placementsPerYear(), las, index);
            for (int k = 0; k < count; k++) {
                plans.add(plan(rnd, startDays.get(rnd.nextInt(startDays.size())), summerEnd, primary, secondary, orgs,
                        hospital, laId));
            }
        }

        try (Rows families = new Rows(c, "family", "id, name, local_authority_id, created_at");
                Rows pupilRows = new Rows(c, "pupil", "id, upn, first_name, last_name, date_of_birth, home_school_id, "
                        + "local_authority_id, family_id, sen_status, primary_need, ehcp_personal_budget, looked_after, "
                        + "child_protection_plan, child_in_need, free_school_meals, created_at")) {
            for (Plan p : plans) {
                if (p.familyId != null) {
                    families.add(p.familyId, "The " + LAST[new Random(p.seed).nextInt(LAST.length)] + " family", laId,
                            at(p.start.minusDays(60), 9));
                }
            }
            families.flush();
            int serial = 0;
            for (Plan p : plans) {
                Random r = new Random(p.seed);
                String last = LAST[r.nextInt(LAST.length)];
                String digits = String.format("%03d%09d", Integer.parseInt(code) % 1000, ++serial);
                String upn = Upn.checkLetter(digits) + digits;
                int sen = r.nextInt(100);
                String senStatus = p.route.equals("EHCP") || sen < 20 ? "EHCP" : sen < 72 ? "SEN_SUPPORT" : "NONE";
                p.ehcp = senStatus.equals("EHCP");
                String need = senStatus.equals("NONE") ? null : NEEDS[r.nextInt(NEEDS.length)];
                pupilRows.add(p.pupilId, upn, FIRST[r.nextInt(FIRST.length)], last, p.dob,
                        p.school == null ? null : p.school.id(), laId, p.familyId, senStatus, need, p.familyId != null,
                        r.nextInt(100) < 8, r.nextInt(100) < 5, r.nextInt(100) < 15, r.nextInt(100) < 55,
                        at(p.start.minusDays(30), 9));
                pupils++;
            }
        }

        try (Rows placementRows = new Rows(c, "placement", "id, pupil_id, provider_id, commissioner_type, commissioner_id, "
                + "local_authority_id, status, start_date, planned_end_date, tier, route, registration_arrangement, "
                + "review_interval_weeks, next_review_date, school_contact_user_id, provider_contact, reduced_reason, "
                + "reduced_parent_agreed, reduced_end_date, reduced_review_date, proposed_on, accepted_on, activated_on, "
                + "ended_on, end_outcome, cancel_reason, due_diligence_complete, created_at, created_by")) {
            for (Plan p : plans) {
                Random r = new Random(p.seed + 1);
                LocalDate nextReview = null;
                if (p.status.equals("ACTIVE")) {
                    LocalDate due = p.start.plusWeeks(6);
                    while (due.isBefore(g.today())) {
                        due = due.plusWeeks(6);
                    }
                    // about one active placement in nine has its latest review overdue
                    nextReview = r.nextInt(9) == 0 && due.minusWeeks(6).isAfter(p.start) ? due.minusWeeks(6) : due;
                }
                boolean started = !p.status.equals("PROPOSED") && !p.status.equals("CANCELLED");
                placementRows.add(p.id, p.pupilId, p.provider.id(), p.commissionerType, p.commissionerId, laId, p.status,
                        p.start, p.plannedEnd, p.tier, p.route, p.arrangement, 6, nextReview,
                        p.school == null ? null : p.school.userId(), "Key worker, " + p.provider.name(),
                        p.reduced ? (r.nextBoolean() ? "MEDICAL" : "AGREED_PART_TIME") : null, p.reduced,
                        p.reduced ? p.start.plusWeeks(6) : null, p.reduced ? p.start.plusWeeks(4) : null,
                        p.start.minusDays(14), p.status.equals("PROPOSED") ? null : p.start.minusDays(10),
                        started ? p.start : null, p.endedOn, p.outcome,
                        p.status.equals("CANCELLED") ? "The family moved before the start" : null, r.nextInt(100) < 96,
                        at(p.start.minusDays(21), 10), p.school == null ? officer : p.school.userId());
                placements++;
                p.nextReview = nextReview;
            }
        }

        // the LA SEN team's decision on most EHCP pupils' placements (MIAPS rule 7); the rest raise a flag
        try (Rows decisions = new Rows(c, "commissioning_decision", "placement_id, decided_by, decided_on, "
                + "la_sen_decision_on, la_sen_decision_by, confirmed_at, updated_at")) {
            for (Plan p : plans) {
                if (p.ehcp && new Random(p.seed + 6).nextInt(10) < 9) {
                    decisions.add(p.id, "Head of inclusion", p.start.minusDays(18), p.start.minusDays(16),
                            "LA SEN team", at(p.start.minusDays(16), 12), at(p.start.minusDays(16), 12));
                }
            }
        }

        try (Rows slotRows = new Rows(c, "placement_slot", "id, placement_id, setting, setting_name, day_of_week, start_time, end_time");
                Rows history = new Rows(c, "placement_history", "id, placement_id, at, user_id, status, note")) {
            for (Plan p : plans) {
                Random r = new Random(p.seed + 2);
                for (Slot s : p.slots) {
                    slotRows.add(uuid(r), p.id, s.setting(), s.setting().equals("PROVIDER") ? p.provider.name() : null,
                            s.day().name(), s.start(), s.end());
                }
                history.add(uuid(r), p.id, at(p.start.minusDays(21), 10), null, "DRAFT", "Placement drafted");
                history.add(uuid(r), p.id, at(p.start.minusDays(14), 10), null, "PROPOSED", "Proposed to the provider");
                if (p.status.equals("CANCELLED")) {
                    history.add(uuid(r), p.id, at(p.start.minusDays(3), 10), null, "CANCELLED", "Cancelled");
                } else if (!p.status.equals("PROPOSED")) {
                    history.add(uuid(r), p.id, at(p.start, 9), null, "ACTIVE", "Placement started");
                }
                if (p.endedOn != null) {
                    history.add(uuid(r), p.id, at(p.endedOn, 16), null, "ENDED", "Placement ended");
                }
            }
        }

        // registers: every expected session (school days of the LA calendar, the placement's provider slots) up
        // to the day before today, each with a code drawn from the pupil's absence profile
        try (Rows markRows = new Rows(c, "attendance_mark", "id, placement_id, pupil_id, provider_id, local_authority_id, "
                + "mark_date, session_half, code, minutes_late, recorded_by, recorded_at, final_code, follow_up_reason, "
                + "followed_up_on, followed_up_by");
                Rows baselines = new Rows(c, "attendance_baseline", "placement_id, possible_sessions, attended_sessions, "
                        + "recorded_by, recorded_at")) {
            for (Plan p : plans) {
                if (p.status.equals("PROPOSED") || p.status.equals("CANCELLED")) {
                    continue;
                }
                Random r = new Random(p.seed + 3);
                if (r.nextInt(10) < 7) {
                    int possible = 60 + r.nextInt(90);
                    int attended = (int) Math.round(possible * (0.45 + r.nextDouble() * 0.45));
                    baselines.add(p.id, possible, attended, p.commissionerId.equals(laId) ? officer : p.commissionerId,
                            at(p.start.minusDays(14), 11));
                }
                LocalDate last = min(p.endedOn != null ? p.endedOn : p.plannedEnd, g.today().minusDays(1));
                for (ExpectedSession s : ExpectedSessions.between(providerSlots(p), p.start, last, calendar::isSchoolDay)) {
                    mark(r, markRows, p, s, laId);
                }
            }
        }

        // reviews every six weeks (Oxfordshire's Appendix A; case study D), progress on two outcomes
        List<Object[]> progress = new ArrayList<>();
        try (Rows reviewRows = new Rows(c, "review", "id, placement_id, local_authority_id, pupil_id, provider_id, held_on, "
                + "attendees, attendance_from, attendance_rate, attendance_from_registers, next_review_date, recorded_by, recorded_at")) {
            for (Plan p : plans) {
                if (p.status.equals("PROPOSED") || p.status.equals("CANCELLED")) {
                    continue;
                }
                Random r = new Random(p.seed + 4);
                LocalDate until = min(p.endedOn != null ? p.endedOn : p.plannedEnd, g.today().minusDays(1));
                if (p.nextReview != null) {
                    until = min(until, p.nextReview.minusDays(1));
                }
                LocalDate from = p.start;
                int baseline = 2 + r.nextInt(3);
                for (LocalDate held = p.start.plusWeeks(6); !held.isAfter(until); held = held.plusWeeks(6)) {
                    UUID id = uuid(r);
                    double rate = Math.max(0, Math.min(100, 100 * (1 - p.absence) + r.nextGaussian() * 5));
                    reviewRows.add(id, p.id, laId, p.pupilId, p.provider.id(), held,
                            "Pupil\nParent or carer\nSchool AP lead\nProvider key worker", from,
                            BigDecimal.valueOf(Math.round(rate * 10) / 10.0).setScale(1, java.math.RoundingMode.HALF_UP),
                            true, held.plusWeeks(6), p.school == null ? officer : p.school.userId(), at(held, 15));
                    int now = Math.min(10, baseline + (int) ChronoUnit.WEEKS.between(p.start, held) / 6
                            + (p.absence > 0.5 ? -1 : 0));
                    progress.add(new Object[] {uuid(r), id, 1, "Attend every timetabled session", baseline,
                            Math.max(0, now), 9});
                    progress.add(new Object[] {uuid(r), id, 2, "Manage feelings without leaving lessons", baseline,
                            Math.max(0, now - 1), 8});
                    reviews++;
                    from = held;
                }
            }
        }

        try (Rows progressRows = new Rows(c, "review_progress", "id, review_id, position, outcome, baseline, current_score, target")) {
            for (Object[] row : progress) {
                progressRows.add(row);
            }
        }

        // endings and Year 11 leavers' destination checks (Salford: 3, 12 and 24 months)
        try (Rows endings = new Rows(c, "placement_ending", "placement_id, local_authority_id, pupil_id, provider_id, ended_on, "
                + "outcome, year11_leaver, attendance_summary, report_recorded_at, report_recorded_by");
                Rows checks = new Rows(c, "destination_check", "id, placement_id, local_authority_id, pupil_id, months_after, "
                        + "due_on, checked_on, destination, recorded_by")) {
            for (Plan p : plans) {
                if (p.endedOn == null) {
                    continue;
                }
                Random r = new Random(p.seed + 5);
                boolean leaver = p.yearGroup == 11 && !Set.of("REINTEGRATED_TO_MAINSTREAM", "MOVED_TO_SPECIALIST_SETTING",
                        "MOVED_TO_REGISTERED_AP").contains(p.outcome);
                endings.add(p.id, laId, p.pupilId, p.provider.id(), p.endedOn, p.outcome, leaver,
                        "Attended about " + Math.round(100 * (1 - p.absence)) + "% of sessions", at(p.endedOn.plusDays(5), 12),
                        p.provider.userId());
                if (leaver) {
                    for (int months : List.of(3, 12, 24)) {
                        LocalDate due = p.endedOn.plusMonths(months);
                        boolean done = due.isBefore(g.today()) && r.nextInt(10) < 9;
                        checks.add(uuid(r), p.id, laId, p.pupilId, months, due, done ? due.plusDays(r.nextInt(20)) : null,
                                done ? (r.nextInt(10) < 8 ? "POST_16_EDUCATION" : "NEET") : null, done ? officer : null);
                    }
                }
            }
        }

        // QA: an annual visit to each provider in each year (about one in twelve overdue), concerns now and then
        try (Rows visits = new Rows(c, "qa_visit", "id, local_authority_id, provider_id, visit_type, status, planned_on, "
                + "qa_professional_id, visited_on, overall_outcome, summary, recorded_by, recorded_at, signed_off_by, "
                + "signed_off_at, created_by, created_at");
                Rows judgements = new Rows(c, "qa_section_judgement", "visit_id, section, judgement, strengths, areas_for_development", visits);
                Rows concernRows = new Rows(c, "concern", "id, provider_id, pupil_id, category, description, status, raised_by, "
                        + "raised_by_org_type, raised_by_org_id, raised_by_la_id, raised_on, raised_at, triaged_by, triaged_on, "
                        + "closed_by, closed_on")) {
            for (Org o : orgs) {
                Random r = new Random(rnd.nextLong());
                boolean overdue = r.nextInt(12) == 0;
                for (int year = firstYear; year <= currentYear; year++) {
                    if (overdue && year >= currentYear - 1) {
                        continue;
                    }
                    LocalDate planned = LocalDate.of(year, 9, 15).plusDays(r.nextInt(270));
                    UUID id = uuid(r);
                    boolean done = planned.isBefore(g.today());
                    int j = r.nextInt(100);
                    String outcome = j < 70 ? "EFFECTIVE" : j < 92 ? "REQUIRES_IMPROVEMENT" : "SIGNIFICANT_CONCERNS";
                    visits.add(id, laId, o.id(), year == firstYear ? "NEW_PROVIDER" : "ANNUAL",
                            done ? "SIGNED_OFF" : "PLANNED", planned, qap, done ? planned : null, done ? outcome : null,
                            done ? "Synthetic QA visit." : null, done ? qap : null, done ? at(planned, 16) : null,
                            done ? admin : null, done ? at(planned.plusDays(7), 12) : null, admin, at(planned.minusDays(30), 9));
                    qaVisits++;
                    if (done) {
                        visits.flush();
                        for (String section : QA_SECTIONS) {
                            judgements.add(id, section, r.nextInt(100) < 85 ? "EFFECTIVE" : outcome, "Synthetic strengths.",
                                    null);
                        }
                    }
                    if (r.nextInt(100) < 15) {
                        LocalDate raised = LocalDate.of(year, 9, 10).plusDays(r.nextInt(300));
                        if (raised.isBefore(g.today())) {
                            boolean closed = raised.isBefore(g.today().minusDays(60)) && r.nextInt(10) < 8;
                            SchoolRow raiser = secondary.get(r.nextInt(secondary.size()));
                            concernRows.add(uuid(r), o.id(), null, CONCERN_CATEGORIES[r.nextInt(CONCERN_CATEGORIES.length)],
                                    "Synthetic concern.", closed ? "CLOSED" : r.nextBoolean() ? "TRIAGED" : "RAISED",
                                    raiser.userId(), OrganisationType.SCHOOL.name(), raiser.id(), laId, raised,
                                    at(raised, 14), closed ? officer : null, closed ? raised.plusDays(3) : null,
                                    closed ? officer : null, closed ? raised.plusDays(40) : null);
                            concerns++;
                        }
                    }
                }
            }
        }
    }

    private Plan plan(Random rnd, LocalDate start, LocalDate summerEnd, List<SchoolRow> primary,
            List<SchoolRow> secondary, List<Org> providers, List<Org> hospital, UUID laId) {
        Plan p = new Plan();
        p.id = uuid(rnd);
        p.pupilId = uuid(rnd);
        p.seed = rnd.nextLong();
        p.start = start;
        Random r = new Random(p.seed);
        // year groups: most pupils in AP are in key stage 4 (DfE AP census; README)
        int y = r.nextInt(100);
        p.yearGroup = y < 28 ? 11 : y < 54 ? 10 : y < 72 ? 9 : y < 82 ? 8 : y < 88 ? 7 : 2 + r.nextInt(5);
        p.dob = birthDate(r, start, p.yearGroup);
        if (!CompulsorySchoolAge.forBirthDate(p.dob).covers(start)) { // a Year 11 start after the leaving date
            p.yearGroup = 10;
            p.dob = birthDate(r, start, 10);
        }
        int route = r.nextInt(100);
        p.route = route < 45 ? "AT_RISK_OF_EXCLUSION" : route < 57 ? "PERMANENTLY_EXCLUDED" : route < 62 ? "SUSPENDED"
                : route < 72 ? "MEDICAL" : route < 86 ? "EHCP" : route < 89 ? "AWAITING_SCHOOL_PLACE" : "OTHER";
        boolean noSchool = p.route.equals("PERMANENTLY_EXCLUDED") || p.route.equals("AWAITING_SCHOOL_PLACE");
        List<SchoolRow> phase = p.yearGroup <= 6 ? primary : secondary;
        p.school = noSchool ? null : phase.get(r.nextInt(phase.size()));
        p.provider = p.route.equals("MEDICAL") && !hospital.isEmpty() && r.nextBoolean()
                ? hospital.get(r.nextInt(hospital.size()))
                : providers.get(Math.min(providers.size() - 1, (int) (providers.size() * Math.pow(r.nextDouble(), 1.6))));
        if (noSchool || p.route.equals("MEDICAL") || r.nextInt(100) < 15) {
            p.commissionerType = "LOCAL_AUTHORITY";
            p.commissionerId = laId;
        } else if (p.route.equals("EHCP") && r.nextInt(100) < 10) {
            p.commissionerType = "PARENT";
            p.familyId = uuid(r);
            p.commissionerId = p.familyId;
        } else {
            p.commissionerType = "SCHOOL";
            p.commissionerId = p.school.id();
        }
        String reg = p.provider.registration();
        boolean registered = !reg.equals("UNREGISTERED") && !reg.equals("ONLINE");
        p.arrangement = p.school == null ? "SINGLE"
                : reg.equals("PUPIL_REFERRAL_UNIT") || reg.equals("AP_ACADEMY_OR_FREE_SCHOOL") || reg.equals("HOSPITAL_SCHOOL")
                ? "DUAL" : p.commissionerType.equals("SCHOOL") ? "OFF_SITE_DIRECTION" : "SINGLE";
        // lengths: short (6–12 weeks), a term or two, or to the end of the year (README)
        int length = r.nextInt(100);
        LocalDate end = length < 45 ? start.plusWeeks(6 + r.nextInt(7)) : length < 80 ? start.plusWeeks(12 + r.nextInt(15))
                : summerEnd;
        end = min(end, summerEnd);
        CompulsorySchoolAge age = CompulsorySchoolAge.forBirthDate(p.dob);
        end = min(end, age.end());
        p.plannedEnd = end.isBefore(start) ? start : end;
        p.tier = registered && length >= 45 ? 3 : 2;
        // timetable: registered settings full time; others part time with the rest of the week at school
        p.reduced = r.nextInt(100) < 7;
        // a full day is 08:45–15:15, so a week of them is the schools' normal 32.5 hours (rule 5)
        int providerDays = registered || p.school == null && !p.reduced ? 5 : p.reduced ? 1 + r.nextInt(3)
                : 2 + r.nextInt(3);
        boolean mornings = !registered && r.nextInt(100) < 20;
        List<DayOfWeek> days = new ArrayList<>(List.of(WEEK));
        java.util.Collections.shuffle(days, r);
        for (int d = 0; d < 5; d++) {
            DayOfWeek day = days.get(d);
            if (d < providerDays) {
                p.slots.add(mornings ? new Slot("PROVIDER", day, LocalTime.of(8, 45), LocalTime.of(12, 0))
                        : new Slot("PROVIDER", day, LocalTime.of(8, 45), LocalTime.of(15, 15)));
            } else if (!p.reduced && p.school != null) {
                p.slots.add(new Slot("HOME_SCHOOL", day, LocalTime.of(8, 45), LocalTime.of(15, 15)));
            }
        }
        p.slots.sort(java.util.Comparator.comparing(Slot::day));
        if (mornings && p.school != null && !p.reduced) {
            for (Slot s : List.copyOf(p.slots)) {
                if (s.setting().equals("PROVIDER")) {
                    p.slots.add(new Slot("HOME_SCHOOL", s.day(), LocalTime.of(12, 0), LocalTime.of(15, 15)));
                }
            }
        }
        // attendance profiles: AP pupils are far more often persistently or severely absent (README)
        int profile = r.nextInt(100);
        p.absence = profile < 50 ? 0.02 + r.nextDouble() * 0.07 : profile < 83 ? 0.10 + r.nextDouble() * 0.38
                : 0.50 + r.nextDouble() * 0.35;
        // status on the day the data runs to
        LocalDate today = g.today();
        if (start.isAfter(today)) {
            p.status = "PROPOSED";
        } else if (r.nextInt(100) < 2) {
            p.status = "CANCELLED";
        } else if (p.plannedEnd.isBefore(today)) {
            p.status = "ENDED";
            p.endedOn = r.nextInt(100) < 12 && p.plannedEnd.isAfter(start.plusWeeks(3))
                    ? start.plusDays(14 + r.nextInt((int) ChronoUnit.DAYS.between(start.plusDays(14), p.plannedEnd)))
                    : p.plannedEnd;
            p.outcome = outcome(r, p.yearGroup);
        } else {
            p.status = "ACTIVE";
        }
        return p;
    }

    private static LocalDate birthDate(Random r, LocalDate on, int yearGroup) {
        int cohort = YearGroup.academicYearOf(on) - 5 - yearGroup;
        return LocalDate.of(cohort, 9, 1).plusDays(r.nextInt(365));
    }

    private static String outcome(Random r, int yearGroup) {
        int o = r.nextInt(100);
        if (yearGroup == 11) {
            return o < 15 ? "REINTEGRATED_TO_MAINSTREAM" : o < 25 ? "MOVED_TO_REGISTERED_AP" : o < 60 ? "POST_16_EDUCATION"
                    : o < 70 ? "TRAINING" : o < 75 ? "EMPLOYMENT" : o < 90 ? "NEET" : o < 95 ? "MOVED_AWAY" : "OTHER";
        }
        return o < 50 ? "REINTEGRATED_TO_MAINSTREAM" : o < 65 ? "MOVED_TO_SPECIALIST_SETTING" : o < 85
                ? "MOVED_TO_REGISTERED_AP" : o < 93 ? "MOVED_AWAY" : "OTHER";
    }

    private static List<WeeklySlot> providerSlots(Plan p) {
        return p.slots.stream().filter(s -> s.setting().equals("PROVIDER"))
                .map(s -> new WeeklySlot(s.day(), s.start(), s.end())).toList();
    }

    private void mark(Random r, Rows rows, Plan p, ExpectedSession s, UUID laId) throws SQLException {
        boolean am = s.session() == Session.AM;
        String present = am ? "/" : "\\";
        String code;
        Integer late = null;
        double x = r.nextDouble();
        if (x >= p.absence) {
            if (r.nextInt(100) < 4) {
                code = "L";
                late = 5 + r.nextInt(40);
            } else {
                code = present;
            }
        } else {
            int a = r.nextInt(100);
            code = a < 35 ? "I" : a < 60 ? "O" : a < 80 ? "N" : a < 86 ? "M" : a < 93 ? "U" : a < 96 ? "G" : "C";
        }
        String finalCode = null;
        String reason = null;
        LocalDate followedUpOn = null;
        UUID followedUpBy = null;
        boolean absent = !code.equals(present) && !code.equals("L");
        if (absent && s.date().isBefore(g.today().minusDays(3)) && r.nextInt(100) < 85) {
            finalCode = code.equals("N") ? (r.nextBoolean() ? "I" : "O") : code;
            reason = finalCode.equals("I") ? "Parent reported illness" : "No reason given after contact";
            followedUpOn = s.date().plusDays(1);
            followedUpBy = p.school == null ? null : p.school.userId();
        }
        rows.add(uuid(r), p.id, p.pupilId, p.provider.id(), laId, s.date(), s.session().name(), code, late,
                p.provider.userId(), at(s.date(), am ? 10 : 14), finalCode, reason, followedUpOn, followedUpBy);
        marks++;
    }

    private UUID user(Random rnd, Rows userRows, Rows tokenRows, UUID laId, UUID organisationId, Role role, String email,
            OffsetDateTime at) throws SQLException {
        UUID id = uuid(rnd);
        String local = email.substring(0, email.indexOf('@'));
        userRows.add(id, email, "Synthetic " + role.label() + " " + local, role.name(), role.organisationType().name(),
                organisationId, laId, passwordHash, at, at);
        tokenRows.add(uuid(rnd), id, "Benchmark token", digest(tokenFor(email)), at);
        users++;
        return id;
    }

    /** The API token of a generated user: {@code scale-} and the e-mail address (synthetic data only). */
    public static String tokenFor(String email) {
        return "scale-" + email;
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(LocalDate date, int hour) {
        return OffsetDateTime.of(date, LocalTime.of(hour, 0), ZoneOffset.UTC);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A version-4-shaped UUID from the stream, so ids repeat with the seed. */
    static UUID uuid(Random r) {
        long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }
}
