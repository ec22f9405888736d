package org.waymark.directory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.directory.internal.CsvUpload;
import org.waymark.directory.internal.GiasEstablishment;
import org.waymark.directory.internal.OfferRules;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.School;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Imports by an LA admin: a GIAS establishment extract (schools, and state-funded AP settings as registered
 * providers) and a providers spreadsheet (CSV with the header of {@link #SHEET_COLUMNS}). The file is checked as
 * a whole on upload; the preview lists what each row would do, with its problems; applying imports every valid
 * row in one transaction (ADR 0103). Re-importing the same file changes nothing.
 */
@Service
public class DirectoryImports {

    public enum Kind { GIAS, SPREADSHEET }

    public enum Action { CREATE, UPDATE, UNCHANGED, SKIP, ERROR }

    public record Upload(UUID id, UUID localAuthorityId, Kind kind, String fileName, String status,
            OffsetDateTime uploadedAt, String summary) {
    }

    public record RowResult(long row, String name, String what, Action action, List<String> messages) {
    }

    public record Preview(Upload upload, List<RowResult> rows) {
        public long count(Action a) {
            return rows.stream().filter(r -> r.action() == a).count();
        }
    }

    /** The spreadsheet's documented header (README and the import page); name and registration are required. */
    public static final List<String> SHEET_COLUMNS = List.of("name", "registration", "urn", "ukprn", "lots",
            "age_from", "age_to", "needs", "subjects", "qualifications", "days", "times", "capacity", "address",
            "postcode", "area", "cost_per_session", "contact_email", "contact_phone", "description", "dsl_name",
            "dsl_trained_on", "deputy_dsl_name", "deputy_dsl_trained_on", "directory_status", "status_date");

    private static final Map<String, String> SHEET_TO_FIELD = sheetToField();

    private final JdbcClient db;
    private final Clock clock;
    private final Providers providers;
    private final ProviderDirectory directory;
    private final Organisations organisations;

    DirectoryImports(JdbcClient db, Clock clock, Providers providers, ProviderDirectory directory,
            Organisations organisations) {
        this.db = db;
        this.clock = clock;
        this.providers = providers;
        this.directory = directory;
        this.organisations = organisations;
    }

    /** Checks the file as a whole and keeps it for its preview; a bad file is a problem on the field "file". */
    @Transactional
    public UUID upload(SignedInUser user, Kind kind, String fileName, byte[] bytes) {
        requireAdmin(user);
        String text;
        try {
            text = CsvUpload.decode(bytes == null ? new byte[0] : bytes,
                    kind == Kind.GIAS ? CsvUpload.WINDOWS_1252 : StandardCharsets.UTF_8);
            CsvUpload.rows(text, kind == Kind.GIAS ? GiasEstablishment.REQUIRED : List.of("name", "registration"));
        } catch (CsvUpload.FileProblem e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName;
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new InvalidInputException("file", "The file must be a CSV file (.csv); '" + name + "' is not");
        }
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into directory_import (id, local_authority_id, kind, file_name, content, uploaded_by, uploaded_at, status)
                values (?, ?, ?, ?, ?, ?, ?, 'PREVIEWED')""")
                .params(id, user.localAuthorityId(), kind.name(), name.length() > 200 ? name.substring(0, 200) : name,
                        text, user.id(), Timestamps.now(clock))
                .update();
        return id;
    }

    public List<Upload> recent(SignedInUser user) {
        requireAdmin(user);
        return db.sql("""
                select id, local_authority_id, kind, file_name, status, uploaded_at, summary from directory_import
                where local_authority_id = ? order by uploaded_at desc fetch first 20 rows only""")
                .param(user.localAuthorityId()).query(Upload.class).list();
    }

    public Preview preview(SignedInUser user, UUID id) {
        Upload u = get(user, id);
        return new Preview(u, evaluate(u, false));
    }

    /** Imports every valid row in one transaction; anything unexpected rolls all of it back. */
    @Transactional
    public Preview apply(SignedInUser user, UUID id) {
        Upload u = get(user, id);
        if (!u.status().equals("PREVIEWED")) {
            throw new ConflictException("This file has already been imported; upload it again to import it again");
        }
        List<RowResult> rows = evaluate(u, true);
        Preview p = new Preview(u, rows);
        String summary = p.count(Action.CREATE) + " created, " + p.count(Action.UPDATE) + " updated, "
                + p.count(Action.UNCHANGED) + " unchanged, " + p.count(Action.SKIP) + " skipped, "
                + p.count(Action.ERROR) + " with problems not imported";
        int n = db.sql("update directory_import set status = 'APPLIED', applied_at = ?, summary = ? where id = ? and status = 'PREVIEWED'")
                .params(Timestamps.now(clock), summary, id).update();
        if (n == 0) {
            throw new ConflictException("This file has already been imported");
        }
        return new Preview(get(user, id), rows);
    }

    private Upload get(SignedInUser user, UUID id) {
        requireAdmin(user);
        return db.sql("""
                select id, local_authority_id, kind, file_name, status, uploaded_at, summary from directory_import
                where id = ? and local_authority_id = ?""")
                .params(id, user.localAuthorityId()).query(Upload.class).optional()
                .orElseThrow(() -> new NotFoundException("Import"));
    }

    private List<RowResult> evaluate(Upload u, boolean apply) {
        String text = db.sql("select content from directory_import where id = ?").param(u.id()).query(String.class).single();
        return u.kind() == Kind.GIAS ? gias(u, text, apply) : sheet(u, text, apply);
    }

    // ---- GIAS ---------------------------------------------------------------------------------

    private List<RowResult> gias(Upload u, String text, boolean apply) {
        String laCode = organisations.findLocalAuthority(u.localAuthorityId()).orElseThrow().code();
        List<RowResult> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvUpload.Row row : CsvUpload.rows(text, GiasEstablishment.REQUIRED)) {
            GiasEstablishment e = GiasEstablishment.of(row, laCode);
            List<String> problems = new ArrayList<>(e.problems());
            if (!e.urn().isEmpty() && seen.containsKey(e.urn())) {
                problems.add("column URN: " + e.urn() + " is also in row " + seen.get(e.urn()));
            }
            seen.putIfAbsent(e.urn(), row.number());
            String name = e.name().isEmpty() ? "(no name)" : e.name();
            if (!problems.isEmpty()) {
                out.add(new RowResult(row.number(), name, "", Action.ERROR, problems));
                continue;
            }
            if (e.kind() == GiasEstablishment.Kind.SKIPPED) {
                out.add(new RowResult(row.number(), name, "", Action.SKIP, List.of(e.skipReason(laCode))));
                continue;
            }
            out.add(e.kind() == GiasEstablishment.Kind.SCHOOL ? giasSchool(u, e, apply) : giasProvider(u, e, apply));
        }
        return out;
    }

    private RowResult giasSchool(Upload u, GiasEstablishment e, boolean apply) {
        Optional<School> existing = organisations.findSchoolByUrn(e.urn());
        if (existing.isPresent() && !existing.get().localAuthorityId().equals(u.localAuthorityId())) {
            return new RowResult(e.row(), e.name(), "School", Action.ERROR,
                    List.of("column URN: " + e.urn() + " belongs to a school of another local authority"));
        }
        if (e.pupils() != null && e.pupils() > 10000) {
            return new RowResult(e.row(), e.name(), "School", Action.ERROR,
                    List.of("column NumberOfPupils: more than 10,000"));
        }
        if (existing.isEmpty()) {
            if (apply) {
                organisations.createSchool(e.urn(), e.name(), u.localAuthorityId(), e.phase(), null, e.pupils());
            }
            return new RowResult(e.row(), e.name(), "School", Action.CREATE, List.of());
        }
        School s = existing.get();
        boolean same = s.name().equals(e.name()) && s.phase().equals(e.phase())
                && (e.pupils() == null || e.pupils().equals(s.numberOnRoll()));
        if (same) {
            return new RowResult(e.row(), e.name(), "School", Action.UNCHANGED, List.of());
        }
        if (apply) {
            organisations.updateSchoolFromRegister(s.id(), e.name(), e.phase(), e.pupils());
        }
        return new RowResult(e.row(), e.name(), "School", Action.UPDATE, List.of());
    }

    private RowResult giasProvider(Upload u, GiasEstablishment e, boolean apply) {
        Optional<UUID> existing = providers.match(u.localAuthorityId(), e.urn(), e.ukprn(), null);
        if (existing.isPresent() && !directory.localAuthorityIds(existing.get()).contains(u.localAuthorityId())) {
            return new RowResult(e.row(), e.name(), "AP setting", Action.ERROR,
                    List.of("column URN: " + e.urn() + " belongs to a provider of another local authority"));
        }
        Map<String, String> current = existing.map(id -> providers.find(id).orElseThrow().raw()).orElseGet(DirectoryImports::blank);
        Map<String, String> raw = new LinkedHashMap<>(current);
        raw.put("name", e.name());
        raw.put("registration", e.registration().name());
        raw.put("urn", e.urn());
        if (e.ukprn() != null) {
            raw.put("ukprn", e.ukprn());
        }
        if (e.lowAge() != null && e.highAge() != null && e.lowAge() >= 3 && e.highAge() <= 25) {
            raw.put("ageFrom", e.lowAge().toString());
            raw.put("ageTo", e.highAge().toString());
        }
        if (e.address() != null) {
            raw.put("address", e.address());
        }
        if (e.postcode() != null) {
            raw.put("postcode", e.postcode());
        }
        if (raw.get("area").isBlank() && e.town() != null && !e.town().isBlank()) {
            raw.put("area", e.town());
        }
        return write(u, e.row(), e.name(), "AP setting (" + e.registration().label() + ")", existing, current, raw, null,
                null, apply);
    }

    // ---- spreadsheet --------------------------------------------------------------------------

    private List<RowResult> sheet(Upload u, String text, boolean apply) {
        List<RowResult> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvUpload.Row row : CsvUpload.rows(text, List.of("name", "registration"))) {
            List<String> problems = new ArrayList<>();
            Map<String, String> given = new LinkedHashMap<>();
            for (String column : SHEET_COLUMNS) {
                String field = SHEET_TO_FIELD.get(column);
                if (field == null || !row.values().containsKey(CsvUpload.key(column))) {
                    continue;
                }
                String v = row.get(column);
                if (field.endsWith("TrainedOn") && !v.isEmpty()) {
                    String iso = isoDate(v);
                    if (iso == null) {
                        problems.add("column " + column + ": '" + v + "' is not a date like 2025-09-12 or 12/09/2025");
                        continue;
                    }
                    v = iso;
                }
                given.put(field, v);
            }
            String name = row.get("name").isEmpty() ? "(no name)" : row.get("name");
            for (String key : List.of("urn:" + row.get("urn"), "ukprn:" + row.get("ukprn"), "name:" + name.toLowerCase(java.util.Locale.ROOT))) {
                if (!key.endsWith(":") && seen.containsKey(key)) {
                    problems.add("column " + key.substring(0, key.indexOf(':')) + ": " + key.substring(key.indexOf(':') + 1)
                            + " is also in row " + seen.get(key));
                }
                if (!key.endsWith(":")) {
                    seen.putIfAbsent(key, row.number());
                }
            }
            DirectoryStatus status = null;
            String statusText = row.get("directory_status");
            if (!statusText.isEmpty()) {
                if (statusText.equalsIgnoreCase("APPROVED")) {
                    status = DirectoryStatus.APPROVED;
                } else if (!statusText.equalsIgnoreCase("NOT_LISTED")) {
                    problems.add("column directory_status: '" + statusText + "' must be APPROVED or NOT_LISTED");
                }
            }
            LocalDate statusDate = null;
            if (!row.get("status_date").isEmpty()) {
                String iso = isoDate(row.get("status_date"));
                if (iso == null) {
                    problems.add("column status_date: '" + row.get("status_date") + "' is not a date like 2025-09-12");
                } else {
                    statusDate = LocalDate.parse(iso);
                    if (statusDate.isAfter(LocalDate.now(clock))) {
                        problems.add("column status_date: in the future");
                    }
                }
            }
            if (!problems.isEmpty()) {
                out.add(new RowResult(row.number(), name, "Provider", Action.ERROR, problems));
                continue;
            }
            Optional<UUID> existing = providers.match(u.localAuthorityId(), given.get("urn"), given.get("ukprn"), given.get("name"));
            if (existing.isPresent() && !directory.localAuthorityIds(existing.get()).contains(u.localAuthorityId())) {
                out.add(new RowResult(row.number(), name, "Provider", Action.ERROR,
                        List.of("column urn: the provider with this URN or UKPRN works with another local authority")));
                continue;
            }
            Map<String, String> current = existing.map(id -> providers.find(id).orElseThrow().raw()).orElseGet(DirectoryImports::blank);
            Map<String, String> raw = new LinkedHashMap<>(current);
            raw.putAll(given);
            out.add(write(u, row.number(), name, "Provider", existing, current, raw, status, statusDate, apply));
        }
        return out;
    }

    /** Checks the merged entry and (when applying) writes it; the status is only ever raised to APPROVED. */
    private RowResult write(Upload u, long row, String name, String what, Optional<UUID> existing,
            Map<String, String> current, Map<String, String> raw, DirectoryStatus status, LocalDate statusDate,
            boolean apply) {
        Problems p = new Problems();
        OfferRules.Parsed parsed = providers.check(existing.orElse(null), u.localAuthorityId(), raw, p);
        if (!p.isEmpty()) {
            return new RowResult(row, name, what, Action.ERROR, p.list().stream()
                    .map(f -> "column " + column(f.field()) + ": " + f.message()).toList());
        }
        DirectoryStatus now = existing.flatMap(directory::status).orElse(DirectoryStatus.NOT_LISTED);
        boolean statusChange = status == DirectoryStatus.APPROVED && now != DirectoryStatus.APPROVED;
        if (statusChange && !now.canBecome(DirectoryStatus.APPROVED)) {
            return new RowResult(row, name, what, Action.ERROR, List.of("column directory_status: the provider is "
                    + now.label().toLowerCase() + " on the directory; approve it through its application instead"));
        }
        boolean changed = existing.isEmpty() || !OfferRules.canonical(parsed)
                .equals(OfferRules.canonical(providers.check(existing.get(), u.localAuthorityId(), current, new Problems())));
        if (existing.isPresent() && !changed && !statusChange) {
            return new RowResult(row, name, what, Action.UNCHANGED, List.of());
        }
        if (apply) {
            UUID id = existing.orElse(null);
            if (id == null) {
                id = providers.createImported(u.localAuthorityId(), parsed);
            } else if (changed) {
                providers.updateImported(id, u.localAuthorityId(), parsed);
            }
            if (statusChange) {
                directory.changeStatus(id, DirectoryStatus.APPROVED, statusDate == null ? LocalDate.now(clock) : statusDate,
                        "Imported from the local authority's spreadsheet of approved providers", null);
            }
        }
        return new RowResult(row, name, what, existing.isEmpty() ? Action.CREATE : Action.UPDATE,
                statusChange ? List.of("Will be listed as approved") : List.of());
    }

    private static String column(String field) {
        String f = field.endsWith("-day") ? field.substring(0, field.length() - 4) : field;
        return SHEET_TO_FIELD.entrySet().stream().filter(e -> e.getValue().equals(f)).map(Map.Entry::getKey)
                .findFirst().orElse(f);
    }

    private static String isoDate(String v) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"),
                DateTimeFormatter.ofPattern("dd-MM-uuuu"))) {
            try {
                return LocalDate.parse(v.trim(), f).toString();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim();
    }

    private static Map<String, String> blank() {
        Map<String, String> m = new LinkedHashMap<>();
        OfferRules.FIELDS.forEach(f -> m.put(f, ""));
        return m;
    }

    private static Map<String, String> sheetToField() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "name");
        m.put("registration", "registration");
        m.put("urn", "urn");
        m.put("ukprn", "ukprn");
        m.put("lots", "lots");
        m.put("age_from", "ageFrom");
        m.put("age_to", "ageTo");
        m.put("needs", "needs");
        m.put("subjects", "subjects");
        m.put("qualifications", "qualifications");
        m.put("days", "days");
        m.put("times", "sessionTimes");
        m.put("capacity", "capacity");
        m.put("address", "address");
        m.put("postcode", "postcode");
        m.put("area", "area");
        m.put("cost_per_session", "costPerSession");
        m.put("contact_email", "contactEmail");
        m.put("contact_phone", "contactPhone");
        m.put("description", "description");
        m.put("dsl_name", "dslName");
        m.put("dsl_trained_on", "dslTrainedOn");
        m.put("deputy_dsl_name", "deputyDslName");
        m.put("deputy_dsl_trained_on", "deputyDslTrainedOn");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void requireAdmin(SignedInUser user) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin imports");
        }
    }
}
