package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.compliance.CompliancePlacementsAccess;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/** The census and list exports, read back as CSV: scope, field rules, filters and bad input. */
@WaymarkTest
class ExportsTest {

    @LocalServerPort
    int port;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    static List<CSVRecord> rows(WebSession.Page page) throws Exception {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(page.body())).getRecords();
    }

    static List<String> column(List<CSVRecord> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    @Test
    void theSchoolCensusHasOneRowPerPlacementEachWithExactlyOneIdentifierAndEachSchoolSeesOnlyItsOwn()
            throws Exception {
        Api api = new Api(port);
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        var provider = fixtures.provider("UNREGISTERED");
        String mine = fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), provider, "2026-11-02");
        String theirs = fixtures.activePlacement(api, "demo-school-commissioner-2",
                fixtures.pupil(api, "demo-school-commissioner-2", false), provider, "2026-11-09");
        String range = "/exports/school-census.csv?from=2026-09-01&to=2026-12-18";

        List<CSVRecord> school = rows(WebSession.signedIn(port, "school-commissioner@eastmoor.example").get(range));
        assertThat(column(school, "placement_id")).contains(mine).doesNotContain(theirs);
        List<CSVRecord> la = rows(WebSession.signedIn(port, "la-officer@eastmoor.example").get(range));
        assertThat(column(la, "placement_id")).contains(mine, theirs);
        for (CSVRecord r : la) {
            int filled = (r.get("urn").isEmpty() ? 0 : 1) + (r.get("ukprn").isEmpty() ? 0 : 1)
                    + (r.get("setting_type").isEmpty() ? 0 : 1);
            assertThat(filled).as("row %s", r.get("placement_id")).isEqualTo(1);
            assertThat(r.get("start_date")).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(r.get("reason")).isNotBlank();
        }
        CSVRecord row = la.stream().filter(r -> r.get("placement_id").equals(mine)).findFirst().orElseThrow();
        // an unregistered provider with neither URN nor UKPRN: "other unregistered provider"
        assertThat(row.get("setting_type")).isEqualTo("OTH");
        assertThat(row.get("start_date")).isEqualTo("2026-11-02");
        assertThat(row.get("end_date")).isEmpty();
        assertThat(row.get("reason")).isEqualTo("At risk of exclusion");

        // a period before the placements started does not list them
        List<CSVRecord> before = rows(WebSession.signedIn(port, "la-officer@eastmoor.example")
                .get("/exports/school-census.csv?from=2026-09-01&to=2026-10-30"));
        assertThat(column(before, "placement_id")).doesNotContain(mine, theirs);
    }

    @Test
    void badDatesAndFiltersAnswer400WithAMessage() {
        WebSession la = WebSession.signedIn(port, "la-officer@eastmoor.example");
        var reversed = la.get("/exports/school-census.csv?from=2026-12-01&to=2026-09-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("must be on or before its end");
        var malformed = la.get("/exports/school-census.csv?from=2026-13-45&to=2026-12-01");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("as a real date");
        assertThat(la.get("/exports/ap-census.csv").body()).contains("Enter the census day");
        assertThat(la.get("/exports/ap-census.csv").status()).isEqualTo(400);
        assertThat(la.get("/flags.csv?code=NOT_A_CODE").status()).isEqualTo(400);
        assertThat(la.get("/placements.csv?status=SOMETIMES").status()).isEqualTo(400);
        assertThat(la.get("/placements.csv?status=SOMETIMES").body()).contains("Status must be one of");
        assertThat(la.get("/directory.csv?lot=first").status()).isEqualTo(400);
        assertThat(la.get("/oversight/children.csv?by=shoe-size").status()).isEqualTo(400);
    }

    @Test
    void whoMayDownloadWhat() {
        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        assertThat(school.get("/exports/ap-census.csv?day=2027-01-21").status()).isEqualTo(403);
        assertThat(school.get("/oversight/children.csv").status()).isEqualTo(403);
        WebSession provider = WebSession.signedIn(port, "provider-staff@eastmoor.example");
        assertThat(provider.get("/exports/school-census.csv?from=2026-09-01&to=2026-12-18").status()).isEqualTo(403);
        assertThat(provider.get("/exports").status()).isEqualTo(403);
        assertThat(provider.get("/directory.csv").status()).isEqualTo(403);
        assertThat(WebSession.signedIn(port, "qa-professional@eastmoor.example").get("/placements.csv").status())
                .isEqualTo(403);
    }

    @Test
    void listsDownloadWithTheirFilters() throws Exception {
        Api api = new Api(port);
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        var provider = fixtures.provider("UNREGISTERED");
        String placement = fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), provider, "2026-11-02");
        WebSession la = WebSession.signedIn(port, "la-officer@eastmoor.example");
        String name = organisations.providerName(provider.id()).orElseThrow();

        List<CSVRecord> children = rows(la.get("/oversight/children.csv?by=provider&value="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(column(children, "placement_id")).containsExactly(placement);
        assertThat(children.get(0).get("provider")).isEqualTo(name);

        List<CSVRecord> active = rows(la.get("/placements.csv?status=ACTIVE"));
        assertThat(column(active, "placement_id")).contains(placement);
        assertThat(column(active, "status")).containsOnly("Active");
        assertThat(column(rows(la.get("/placements.csv?status=DRAFT")), "placement_id")).doesNotContain(placement);
        // the other school's commissioner does not see it
        assertThat(column(rows(WebSession.signedIn(port, "school-commissioner-2@eastmoor.example")
                .get("/placements.csv")), "placement_id")).doesNotContain(placement);

        List<CSVRecord> flags = rows(la.get("/flags.csv?code=PROVIDER_MUST_REGISTER&show=all"));
        assertThat(column(flags, "code")).containsOnly("PROVIDER_MUST_REGISTER");

        List<CSVRecord> unregistered = rows(la.get("/directory.csv?registration=UNREGISTERED&status=ANY"));
        assertThat(column(unregistered, "name")).contains(name);
        assertThat(column(unregistered, "registration")).containsOnly("Unregistered provider");

        assertThat(la.get("/oversight/children").body()).contains("/oversight/children.csv");
        assertThat(la.get("/flags?code=NOT_FULL_TIME").body()).contains("/flags.csv?code=NOT_FULL_TIME");
        assertThat(la.get("/placements?status=ACTIVE").body()).contains("/placements.csv?status=ACTIVE");
        assertThat(la.get("/exports").status()).isEqualTo(200);
    }

    @Test
    void theApCensusListsLaArrangedPlacementsInSettingsThatAreNotStateSchools() throws Exception {
        Api api = new Api(port);
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        var unregistered = fixtures.provider("UNREGISTERED");
        var pru = fixtures.provider("PUPIL_REFERRAL_UNIT");
        String pupil = fixtures.pupil(api, "demo-school-commissioner", false);
        String atUnregistered = fixtures.activePlacement(api, "demo-la-officer", pupil, unregistered, "2026-11-02");
        String atPru = fixtures.activePlacement(api, "demo-la-officer",
                fixtures.pupil(api, "demo-school-commissioner", false), pru, "2026-11-02");
        String schoolArranged = fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), unregistered, "2026-11-02");

        List<CSVRecord> rows = rows(WebSession.signedIn(port, "la-officer@eastmoor.example")
                .get("/exports/ap-census.csv?day=2026-11-23"));
        assertThat(column(rows, "placement_id")).contains(atUnregistered).doesNotContain(atPru, schoolArranged);
        CSVRecord row = rows.stream().filter(r -> r.get("placement_id").equals(atUnregistered)).findFirst()
                .orElseThrow();
        assertThat(row.get("upn")).matches("[A-Z]\\d{11}[0-9A-Z]");
        assertThat(row.get("sen_provision")).isEqualTo("K");
        assertThat(row.get("primary_need")).isEqualTo("SEMH");
        assertThat(row.get("date_of_birth")).isEqualTo("2012-04-04");
        assertThat(row.get("setting_type")).isEqualTo("OTH");
        assertThat(row.get("urn") + row.get("ukprn")).isEmpty();
        // before the placement started it is not in that census
        assertThat(column(rows(WebSession.signedIn(port, "la-officer@eastmoor.example")
                .get("/exports/ap-census.csv?day=2026-10-01")), "placement_id")).doesNotContain(atUnregistered);
    }
}
