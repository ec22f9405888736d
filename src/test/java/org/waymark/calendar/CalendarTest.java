package org.waymark.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.organisation.Organisations;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class CalendarTest {

    @LocalServerPort
    int port;

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    Organisations organisations;

    @Test
    void aNewLaGetsTheCurrentAndNextTwoAcademicYears() {
        var fresh = organisations.findLocalAuthorityByCode("996")
                .orElseGet(() -> organisations.createLocalAuthority("996", "Northmoor Council"));
        assertThat(calendar.years(fresh.id())).extracting(SchoolCalendar.AcademicYear::label)
                .containsExactly("2026/27", "2027/28", "2028/29");
        // the demo LA also has last year, where its longest placements began
        var la = organisations.findLocalAuthorityByCode("999").orElseThrow();
        assertThat(calendar.years(la.id())).extracting(SchoolCalendar.AcademicYear::label)
                .containsExactly("2025/26", "2026/27", "2027/28", "2028/29");
        assertThat(calendar.isSchoolDay(la.id(), LocalDate.parse("2026-11-23"))).isTrue();
        assertThat(calendar.termsSpanned(la.id(), LocalDate.parse("2026-11-23"), LocalDate.parse("2027-05-01")))
                .isEqualTo(3);
    }

    @Test
    void theLaAdminAddsAClosureDayAndItStopsBeingASchoolDay() {
        var la = organisations.findLocalAuthorityByCode("999").orElseThrow();
        WebSession admin = WebSession.signedIn(port, "la-admin@eastmoor.example");
        admin.get("/calendar");
        WebSession.Page bad = admin.post("/calendar/closures", Map.of("day-day", "30", "day-month", "2",
                "day-year", "2027", "reason", ""));
        assertThat(bad.body()).contains("Date of the closure day must be a real date")
                .contains("Enter why schools are closed").contains("value=\"30\"");
        assertThat(admin.post("/calendar/closures", Map.of("day-day", "8", "day-month", "1", "day-year", "2027",
                "reason", "Training day")).location()).endsWith("/calendar?added");
        assertThat(calendar.isSchoolDay(la.id(), LocalDate.parse("2027-01-08"))).isFalse();
        assertThat(admin.post("/calendar/closures", Map.of("day-day", "8", "day-month", "1", "day-year", "2027",
                "reason", "Again")).body()).contains("That day is already a closure day");
    }

    @Test
    void termEditsCheckDatesAndRefuseStaleVersions() {
        WebSession admin = WebSession.signedIn(port, "la-admin@eastmoor.example");
        String page = admin.get("/calendar").body();
        Matcher link = Pattern.compile("href=\"(/calendar/terms/[0-9a-f-]+)\"").matcher(page);
        // the last term listed is the summer of 2028/29, which no other test relies on
        String path = null;
        while (link.find()) {
            path = link.group(1);
        }
        String form = admin.get(path).body();
        String version = form.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        WebSession.Page backwards = admin.post(path, Map.of("start-day", "20", "start-month", "7", "start-year", "2029",
                "end-day", "16", "end-month", "4", "end-year", "2029", "version", version));
        assertThat(backwards.body()).contains("The last day of term must be on or after the first day");
        assertThat(admin.post(path, Map.of("start-day", "17", "start-month", "4", "start-year", "2029",
                "end-day", "19", "end-month", "7", "end-year", "2029", "version", version)).location())
                .endsWith("/calendar?saved");
        WebSession.Page stale = admin.post(path, Map.of("start-day", "18", "start-month", "4", "start-year", "2029",
                "end-day", "19", "end-month", "7", "end-year", "2029", "version", version));
        assertThat(stale.body()).contains("changed by someone else");
    }
}
