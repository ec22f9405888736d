package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.directory.DirectoryImports.Action;
import org.waymark.directory.DirectoryImports.Kind;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.support.WaymarkTest;

/**
 * Imports with real-format fixtures: a GIAS extract with the full column list in Windows-1252 (dates
 * DD-MM-YYYY), and a providers spreadsheet in UTF-8; bad files refused whole with the row or column named.
 */
@WaymarkTest
class DirectoryImportTest {

    @Autowired
    DirectoryImports imports;

    @Autowired
    Organisations organisations;

    @Autowired
    Providers providers;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Users users;

    SignedInUser admin() {
        var u = users.findByEmail("la-admin@eastmoor.example").orElseThrow();
        return new SignedInUser(u.id(), u.email(), u.name(), u.role(), u.organisationType(), u.organisationId(),
                u.localAuthorityId(), java.time.Instant.now());
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = DirectoryImportTest.class.getResourceAsStream("/directory/" + name)) {
            return in.readAllBytes();
        }
    }

    static Map<String, Action> actions(DirectoryImports.Preview p) {
        return p.rows().stream().collect(Collectors.toMap(r -> r.row() + " " + r.name(), DirectoryImports.RowResult::action));
    }

    @Test
    void aGiasExtractCreatesSchoolsAndApSettingsAndReimportingChangesNothing() throws IOException {
        byte[] file = fixture("gias-extract.csv");
        UUID id = imports.upload(admin(), Kind.GIAS, "edubasealldata20250422.csv", file);
        DirectoryImports.Preview preview = imports.preview(admin(), id);
        assertThat(actions(preview)).containsEntry("2 Newhaven Pupil Referral Unit", Action.CREATE)
                .containsEntry("3 St Méra’s Academy", Action.CREATE)
                .containsEntry("4 Eastmoor Academy", Action.UNCHANGED)
                .containsEntry("5 Newhaven Short Stay School", Action.SKIP)
                .containsEntry("6 Westshire Tuition Centre", Action.SKIP)
                .containsEntry("7 Phoenix AP Academy", Action.UNCHANGED)
                .containsEntry("8 Typo School", Action.ERROR)
                .containsEntry("9 St Mera Academy (duplicate)", Action.ERROR)
                .containsEntry("10 Brookfield Primary School", Action.ERROR)
                .containsEntry("11 Eastmoor Grange (independent)", Action.SKIP)
                .containsEntry("12 Harbour Special School", Action.CREATE);
        assertThat(preview.rows().get(6).messages()).containsExactly("column URN: '12AB' is not a URN of 6 or 7 digits");
        assertThat(preview.rows().get(7).messages()).containsExactly("column URN: 140001 is also in row 3");
        assertThat(preview.rows().get(8).messages().get(0)).startsWith("column OpenDate: '2020/09/01'");
        // nothing is written by the preview
        assertThat(organisations.findSchoolByUrn("140001")).isEmpty();

        imports.apply(admin(), id);
        assertThat(organisations.findSchoolByUrn("140001").orElseThrow().name()).isEqualTo("St Méra’s Academy");
        assertThat(organisations.findSchoolByUrn("140004").orElseThrow().phase()).isEqualTo("SPECIAL");
        UUID pru = providers.match(admin().localAuthorityId(), "100104", null, null).orElseThrow();
        ProviderRecord r = providers.find(pru).orElseThrow();
        assertThat(r.registration()).isEqualTo(Registration.PUPIL_REFERRAL_UNIT);
        assertThat(r.directoryStatus()).isEqualTo(DirectoryStatus.NOT_LISTED);
        assertThat(r.ageRange()).isEqualTo("11–16");
        assertThat(r.postcode()).isEqualTo("EM3 4RT");
        assertThatThrownBy(() -> imports.apply(admin(), id)).isInstanceOf(ConflictException.class);

        UUID again = imports.upload(admin(), Kind.GIAS, "edubasealldata20250422.csv", file);
        DirectoryImports.Preview second = imports.apply(admin(), again);
        assertThat(second.count(Action.CREATE) + second.count(Action.UPDATE)).isZero();
        assertThat(second.upload().summary()).startsWith("0 created, 0 updated, 5 unchanged");
    }

    @Test
    void aProvidersSpreadsheetCreatesAndListsProvidersRowByRow() throws IOException {
        byte[] file = fixture("providers-spreadsheet.csv");
        UUID id = imports.upload(admin(), Kind.SPREADSHEET, "catalogue.csv", file);
        DirectoryImports.Preview p = imports.apply(admin(), id);
        assertThat(actions(p)).containsEntry("2 Kingfisher Outdoor Learning", Action.CREATE)
                .containsEntry("3 Riverbank Tuition, Ltd", Action.CREATE)
                .containsEntry("4 Broken Lots Academy", Action.ERROR)
                .containsEntry("5 Kingfisher Outdoor Learning", Action.ERROR);
        assertThat(p.rows().get(2).messages()).containsExactly("column lots: There is no lot 42 in the framework");
        assertThat(p.rows().get(3).messages()).containsExactly("column name: kingfisher outdoor learning is also in row 2");
        UUID kingfisher = providers.match(admin().localAuthorityId(), null, "10077001", null).orElseThrow();
        ProviderRecord k = providers.find(kingfisher).orElseThrow();
        assertThat(k.lots()).containsExactly(3, 7);
        assertThat(k.days()).hasSize(2);
        assertThat(k.dslTrainedOn()).isEqualTo(java.time.LocalDate.of(2025, 9, 12));
        assertThat(directory.status(kingfisher)).contains(DirectoryStatus.APPROVED);
        assertThat(directory.statusSince(kingfisher)).contains(java.time.LocalDate.of(2025, 9, 1));
        assertThat(providers.match(admin().localAuthorityId(), null, null, "Broken Lots Academy")).isEmpty();

        DirectoryImports.Preview again = imports.apply(admin(), imports.upload(admin(), Kind.SPREADSHEET, "catalogue.csv", file));
        assertThat(again.count(Action.CREATE) + again.count(Action.UPDATE)).isZero();
        assertThat(again.count(Action.UNCHANGED)).isEqualTo(2);
    }

    @Test
    void aBadFileIsRefusedWholeWithTheRowOrColumnNamed() {
        assertThat(problem(Kind.SPREADSHEET, "a.csv", "name,registration\nCafé Club,UNREGISTERED\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"))))
                .isEqualTo("Row 2 has characters that are not UTF-8: the file is in another encoding. Save it as CSV in UTF-8");
        assertThat(problem(Kind.SPREADSHEET, "a.csv", "name,registration\n\"Open quote,UNREGISTERED\n".getBytes(StandardCharsets.UTF_8)))
                .contains("is not well-formed CSV");
        assertThat(problem(Kind.GIAS, "a.csv", "URN,EstablishmentName,LA (code)\n100104,PRU,999\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("The file has no 'TypeOfEstablishment (code)', 'EstablishmentStatus (name)' columns in row 1");
        assertThat(problem(Kind.SPREADSHEET, "a.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .startsWith("The file is not a CSV text file");
        assertThat(problem(Kind.SPREADSHEET, "a.csv", new byte[9 * 1024 * 1024])).contains("it must be smaller than 8 MB");
        assertThat(problem(Kind.SPREADSHEET, "notes.txt", "name,registration\nA,ONLINE\n".getBytes(StandardCharsets.UTF_8)))
                .contains("must be a CSV file");
        assertThat(problem(Kind.SPREADSHEET, "a.csv", "just some words\n".getBytes(StandardCharsets.UTF_8)))
                .contains("Row 1");
    }

    @Test
    void onlyAnLaAdminImports() {
        var u = users.findByEmail("la-officer@eastmoor.example").orElseThrow();
        SignedInUser officer = new SignedInUser(u.id(), u.email(), u.name(), Role.LA_OFFICER, u.organisationType(),
                u.organisationId(), u.localAuthorityId(), java.time.Instant.now());
        assertThatThrownBy(() -> imports.upload(officer, Kind.GIAS, "a.csv", new byte[] {'a'}))
                .isInstanceOf(ForbiddenException.class);
    }

    private String problem(Kind kind, String name, byte[] bytes) {
        try {
            imports.upload(admin(), kind, name, bytes);
            return "accepted";
        } catch (InvalidInputException e) {
            assertThat(e.problems().get(0).field()).isEqualTo("file");
            return e.problems().get(0).message();
        }
    }
}
