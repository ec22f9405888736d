package org.waymark.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.waymark.directory.DirectoryStatus;

/** Facts for the rule tests: stable ids by name, and sensible defaults. */
final class Fixtures {

    static final UUID LA = id("la");
    static final UUID SCHOOL = id("school");
    static final UUID PROVIDER = id("provider");

    private Fixtures() {
    }

    /** A stable id for a name, so that tables and messages can refer to records by name. */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    /** A Year 9 pupil in 2026/27: of compulsory school age from 2017-12-31 to 2029-06-29. */
    static PupilFacts pupil(String name) {
        return new PupilFacts(id(name), LA, SCHOOL, LocalDate.parse("2017-12-31"), LocalDate.parse("2029-06-29"),
                false, false, false, false);
    }

    static PupilFacts pupil(String name, LocalDate csaStart, LocalDate csaEnd, boolean lookedAfter, boolean ehcp) {
        return new PupilFacts(id(name), LA, SCHOOL, csaStart, csaEnd, lookedAfter, ehcp, false, false);
    }

    static ProviderFacts provider(ProviderRegistration registration, DirectoryStatus status) {
        return new ProviderFacts(PROVIDER, LA, registration, status, LocalDate.parse("2024-09-01"),
                LocalDate.parse("2024-09-01"), LocalDate.parse("2026-03-10"));
    }

    static ProviderFacts unregistered() {
        return provider(ProviderRegistration.UNREGISTERED, DirectoryStatus.APPROVED);
    }

    /** An active placement of the named pupil at the provider, commissioned by the school, from {@code start}. */
    static PlacementFacts.Builder placement(String name, String pupil, String start) {
        return PlacementFacts.builder(id(name), id(pupil), PROVIDER)
                .commissioner(Commissioner.school(SCHOOL), LA)
                .dates(LocalDate.parse(start), LocalDate.parse(start).plusMonths(10))
                .daysPerWeek(2)
                .weeklyHours(new BigDecimal("10"));
    }

    /** A full-time (rule 2) active placement. */
    static PlacementFacts.Builder fullTime(String name, String pupil, String start) {
        return placement(name, pupil, start).fullTimeAtProvider(true).daysPerWeek(5).weeklyHours(new BigDecimal("25"));
    }
}
