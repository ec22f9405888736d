package org.waymark.directory;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.directory.internal.Outlook;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Timestamps;

/**
 * The annual publication (Oxfordshire's catalogue is the model): an LA admin publishes the directory for an
 * academic year; each edition freezes a snapshot of the approved providers by lot, and its PDF and CSV are made
 * from that snapshot only, so an edition never changes. Re-publishing makes a new edition.
 */
@Service
public class DirectoryEditions {

    public record Edition(UUID id, UUID localAuthorityId, String academicYear, int edition, LocalDate publishedOn,
            String publishedByName, OffsetDateTime publishedAt, int providerCount) {
        public String fileName(String ext) {
            return "directory-" + academicYear.replace('/', '-') + "-edition-" + edition + "." + ext;
        }
    }

    public record Entry(int position, Integer lotNumber, String lotName, UUID providerId, String name,
            String registration, String urn, String ukprn, String ageRange, String needs, String subjects,
            String qualifications, String days, String sessionTimes, Integer capacity, String area, String address,
            BigDecimal costPerSession, String contact, String latestQa, String description) {
        public String registrationLabel() {
            Registration r = Registration.parse(registration);
            return r == null ? registration : r.label();
        }
    }

    /** A lot's section of an edition: its number (null for providers on no lot), name and entries. */
    public record Section(String anchor, Integer lotNumber, String title, List<Entry> entries) {
    }

    static final List<String> CSV_HEADER = List.of("lot_number", "lot_name", "provider_id", "name", "registration",
            "urn", "ukprn", "age_range", "needs", "subjects", "qualifications", "days", "times", "capacity", "area",
            "address", "cost_per_session", "contact", "latest_qa", "description");

    private final JdbcClient db;
    private final Clock clock;
    private final Providers providers;
    private final FrameworkLots lots;
    private final Outlook outlook;
    private final SchoolCalendar calendar;
    private final Organisations organisations;
    private final TemplateEngine templates;

    DirectoryEditions(JdbcClient db, Clock clock, Providers providers, FrameworkLots lots, Outlook outlook,
            SchoolCalendar calendar, Organisations organisations, TemplateEngine templates) {
        this.db = db;
        this.clock = clock;
        this.providers = providers;
        this.lots = lots;
        this.outlook = outlook;
        this.calendar = calendar;
        this.organisations = organisations;
        this.templates = templates;
    }

    /** Every edition of the caller's LA, newest first: every user of the LA may read them. */
    public List<Edition> of(SignedInUser user) {
        return db.sql("""
                select e.id, e.local_authority_id, e.academic_year, e.edition, e.published_on, u.name as published_by_name,
                       e.published_at, e.provider_count
                from directory_edition e left join app_user u on u.id = e.published_by
                where e.local_authority_id = ? order by e.academic_year desc, e.edition desc""")
                .param(user.localAuthorityId()).query(Edition.class).list();
    }

    public Edition get(SignedInUser user, UUID id) {
        return of(user).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Edition"));
    }

    public List<String> academicYears(UUID localAuthorityId) {
        return calendar.years(localAuthorityId).stream().map(SchoolCalendar.AcademicYear::label).toList();
    }

    /** Freezes the approved providers of the caller's LA, by lot, as the next edition for the year. */
    @Transactional
    public UUID publish(SignedInUser user, String academicYear) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin publishes the directory");
        }
        if (academicYear == null || !academicYears(user.localAuthorityId()).contains(academicYear)) {
            throw new InvalidInputException("academicYear", "Choose the academic year the edition is for");
        }
        UUID la = user.localAuthorityId();
        List<ProviderRecord> approved = providers.search(user, DirectorySearch.approvedOnly());
        Map<UUID, QaSummary> qa = outlook.latestQa(approved.stream().map(ProviderRecord::id).toList());
        int edition = db.sql("select coalesce(max(edition), 0) + 1 from directory_edition where local_authority_id = ? and academic_year = ?")
                .params(la, academicYear).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        db.sql("""
                insert into directory_edition (id, local_authority_id, academic_year, edition, published_on, published_by,
                    published_at, provider_count) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, la, academicYear, edition, today, user.id(), Timestamps.now(clock), approved.size()).update();
        int position = 0;
        List<FrameworkLot> laLots = lots.of(la);
        for (FrameworkLot lot : laLots) {
            for (ProviderRecord p : approved) {
                if (p.lots().contains(lot.number())) {
                    insertEntry(id, ++position, lot.number(), lot.name(), p, qa.get(p.id()));
                }
            }
        }
        for (ProviderRecord p : approved) {
            if (p.lots().stream().noneMatch(n -> laLots.stream().anyMatch(l -> l.number() == n))) {
                insertEntry(id, ++position, null, null, p, qa.get(p.id()));
            }
        }
        return id;
    }

    private void insertEntry(UUID edition, int position, Integer lotNumber, String lotName, ProviderRecord p,
            QaSummary qa) {
        String contact = String.join(" ", nz(p.contactEmail()), nz(p.contactPhone())).trim();
        String address = p.address() == null ? nz(p.postcode()) : p.address() + (p.postcode() == null ? "" : ", " + p.postcode());
        db.sql("""
                insert into directory_edition_entry (edition_id, position, lot_number, lot_name, provider_id, name,
                    registration, urn, ukprn, age_range, needs, subjects, qualifications, days, session_times, capacity,
                    area, address, cost_per_session, contact, latest_qa, description)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(edition, position, lotNumber, lotName, p.id(), p.name(), p.registration().name(), p.urn(),
                        p.ukprn(), p.ageRange(), p.needsText(), p.subjects(), p.qualifications(), p.daysText(),
                        p.sessionTimes(), p.capacity(), p.area(), address.isEmpty() ? null : address,
                        p.costPerSession(), contact.isEmpty() ? null : contact,
                        qa == null ? "No QA visit recorded" : qa.overallOutcome() + " (" + qa.visitDate() + ")",
                        p.description())
                .update();
    }

    public List<Entry> entries(UUID editionId) {
        return db.sql("""
                select position, lot_number, lot_name, provider_id, name, registration, urn, ukprn, age_range, needs,
                       subjects, qualifications, days, session_times, capacity, area, address, cost_per_session, contact,
                       latest_qa, description
                from directory_edition_entry where edition_id = ? order by position""")
                .param(editionId).query(Entry.class).list();
    }

    public List<Section> sections(UUID editionId) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Entry e : entries(editionId)) {
            String key = e.lotNumber() == null ? "other" : "lot-" + e.lotNumber();
            sections.computeIfAbsent(key, k -> new Section(k, e.lotNumber(), e.lotNumber() == null
                    ? "Other approved provision" : "Lot " + e.lotNumber() + ": " + e.lotName(), new ArrayList<>()))
                    .entries().add(e);
        }
        return List.copyOf(sections.values());
    }

    public byte[] csv(SignedInUser user, UUID editionId) {
        get(user, editionId);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (Entry e : entries(editionId)) {
                csv.printRecord(e.lotNumber(), e.lotName(), e.providerId(), e.name(), e.registration(), e.urn(), e.ukprn(),
                        e.ageRange(), e.needs(), e.subjects(), e.qualifications(), e.days(), e.sessionTimes(),
                        e.capacity(), e.area(), e.address(), e.costPerSession(), e.contact(), e.latestQa(),
                        e.description());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        // a UTF-8 byte order mark so that spreadsheet programs read the £ and dashes correctly
        return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] pdf(SignedInUser user, UUID editionId) {
        Edition edition = get(user, editionId);
        Context ctx = new Context(java.util.Locale.UK);
        ctx.setVariable("edition", edition);
        ctx.setVariable("la", organisations.findLocalAuthority(edition.localAuthorityId()).orElseThrow().name());
        ctx.setVariable("sections", sections(editionId));
        String html = templates.process("directory/edition-pdf", ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
