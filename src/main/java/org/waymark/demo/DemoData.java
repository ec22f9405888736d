package org.waymark.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.LocalAuthority;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.shared.DemoMode;

/**
 * The demo story's foundation: Eastmoor City Council (a fictional LA), its schools and providers,
 * and the demo accounts of api.md. Loaded once, in demo mode only (never in production).
 */
@Component
public class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    public static final String LA_CODE = "999";
    public static final String PASSWORD = "Eastmoor-demo-2026";
    public static final String DOMAIN = "@eastmoor.example";

    static final String[][] SCHOOLS = {
            {"1999001", "Eastmoor Academy", "SECONDARY", "1150"},
            {"1999002", "Castlegate High School", "SECONDARY", "980"},
            {"1999003", "Riverside Community College", "SECONDARY", "1320"},
            {"1999004", "St Anne's Catholic High School", "SECONDARY", "860"},
            {"1999005", "Moorfield School", "SECONDARY", "740"},
            {"1999006", "Harbour View Primary School", "PRIMARY", "410"},
            {"1999007", "Larkspur Primary School", "PRIMARY", "315"},
            {"1999008", "Oakwood Junior School", "PRIMARY", "360"},
            {"1999009", "Brookside Primary Academy", "PRIMARY", "420"},
            {"1999010", "Hillcrest Special School", "SPECIAL", "140"},
            {"1999011", "Northgate All-Through Academy", "ALL_THROUGH", "1480"},
    };

    static final String[][] PROVIDERS = {
            {"Moorside Motor Project", "UNREGISTERED"},
            {"Eastmoor Independent Learning Centre", "REGISTERED_INDEPENDENT_SCHOOL"},
            {"Canal Side Construction Skills", "UNREGISTERED"},
            {"Northern Lights Creative Media", "UNREGISTERED"},
            {"Fresh Start Sports Academy", "UNREGISTERED"},
            {"Hair and Beauty Works", "UNREGISTERED"},
            {"Green Acres Animal Care", "UNREGISTERED"},
            {"Bright Futures Tutoring Online", "ONLINE"},
            {"Eastmoor Pupil Referral Unit", "PUPIL_REFERRAL_UNIT"},
            {"Phoenix AP Academy", "AP_ACADEMY_OR_FREE_SCHOOL"},
            {"Eastmoor Hospital School", "HOSPITAL_SCHOOL"},
            {"Pathways Mentoring and Coaching", "UNREGISTERED"},
            {"Westbrook Independent School", "REGISTERED_INDEPENDENT_SCHOOL"},
    };

    private final Environment environment;
    private final Organisations organisations;
    private final Users users;
    private final ApiTokens tokens;
    private final TransactionTemplate transaction;
    private final List<DemoStory> stories;
    private final org.waymark.calendar.SchoolCalendar calendar;
    private final java.time.Clock clock;

    DemoData(Environment environment, Organisations organisations, Users users, ApiTokens tokens,
            TransactionTemplate transaction, List<DemoStory> stories, java.time.Clock clock,
            org.waymark.calendar.SchoolCalendar calendar) {
        this.calendar = calendar;
        this.stories = stories.stream().sorted(java.util.Comparator.comparingInt(DemoStory::order)).toList();
        this.clock = clock;
        this.environment = environment;
        this.organisations = organisations;
        this.users = users;
        this.tokens = tokens;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoMode.isOn(environment)) {
            return;
        }
        if (organisations.findLocalAuthorityByCode(LA_CODE).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: Eastmoor City Council and {} demo accounts", accounts().size());
    }

    /** The demo accounts, in the README's order. */
    public static List<DemoAccount> accounts() {
        List<DemoAccount> list = new ArrayList<>();
        list.add(account(Role.LA_ADMIN, "", "Eastmoor City Council"));
        list.add(account(Role.LA_OFFICER, "", "Eastmoor City Council"));
        list.add(account(Role.QA_PROFESSIONAL, "", "Eastmoor City Council"));
        list.add(account(Role.SCHOOL_COMMISSIONER, "", SCHOOLS[0][1]));
        list.add(account(Role.SCHOOL_COMMISSIONER, "-2", SCHOOLS[1][1]));
        list.add(account(Role.PROVIDER_STAFF, "", PROVIDERS[0][0]));
        list.add(account(Role.PROVIDER_STAFF, "-2", PROVIDERS[1][0]));
        list.add(account(Role.PARENT_COMMISSIONER, "", "The Okafor family"));
        list.add(account(Role.PARTNER, "", "Eastmoor City Council"));
        return list;
    }

    private static DemoAccount account(Role role, String suffix, String organisation) {
        return new DemoAccount(role, role.slug() + suffix + DOMAIN, "demo-" + role.slug() + suffix, organisation);
    }

    private void load() {
        LocalAuthority la = organisations.createLocalAuthority(LA_CODE, "Eastmoor City Council");
        // the stories need school days now, not when the calendar is seeded at commit: last year's too, where
        // the demo's longest placements began
        int year = org.waymark.calendar.EnglishCalendarTemplate.academicYearOf(java.time.LocalDate.now(clock));
        for (int y = year - 1; y <= year + 2; y++) {
            calendar.seed(la.id(), y);
        }
        List<UUID> schools = new ArrayList<>();
        for (String[] s : SCHOOLS) {
            schools.add(organisations.createSchool(s[0], s[1], la.id(), s[2],
                    null,
                    Integer.valueOf(s[3])).id());
        }
        List<UUID> providers = new ArrayList<>();
        for (String[] p : PROVIDERS) {
            providers.add(organisations.createProviderOrganisation(p[0], p[1], la.id()));
        }
        UUID family = organisations.createFamily("The Okafor family", la.id());
        String[] names = {"Priya Shah", "Tom Walsh", "Grace Mensah", "Helen Price", "Daniel Hughes",
                "Kev Brennan", "Aisha Rahman", "Joy Okafor", "Sam Porter"};
        UUID[] orgs = {la.id(), la.id(), la.id(), schools.get(0), schools.get(1), providers.get(0),
                providers.get(1), family, la.id()};
        long accountsStarted = System.nanoTime();
        List<DemoAccount> accounts = accounts();
        java.util.Map<String, SignedInUser> byToken = new java.util.LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            DemoAccount a = accounts.get(i);
            var user = users.createWithPassword(la.id(), a.email(), names[i], a.role(), orgs[i], PASSWORD);
            tokens.createWithSecret(user.id(), "Demo token", a.token());
            byToken.put(a.token(), new SignedInUser(user.id(), user.email(), user.name(), user.role(),
                    user.organisationType(), user.organisationId(), user.localAuthorityId(), clock.instant()));
        }
        log.info("Demo accounts made in {} ms", (System.nanoTime() - accountsStarted) / 1_000_000);
        DemoFoundation foundation = new DemoFoundation(la.id(), List.copyOf(schools), List.copyOf(providers), family,
                java.util.Map.copyOf(byToken));
        for (DemoStory story : stories) {
            long started = System.nanoTime();
            story.load(foundation);
            log.info("Demo story {} loaded in {} ms", story.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
