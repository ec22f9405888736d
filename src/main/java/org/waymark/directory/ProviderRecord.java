package org.waymark.directory;

import org.waymark.directory.internal.OfferRules;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A provider's whole directory entry: who it is, its offer, place and safeguarding leads. */
public record ProviderRecord(UUID id, String name, Registration registration, String urn, String ukprn,
        DirectoryStatus directoryStatus, List<Integer> lots, Integer ageFrom, Integer ageTo, List<Need> needs,
        String subjects, String qualifications, List<DayOfWeek> days, String sessionTimes, Integer capacity,
        String address, String postcode, String area, BigDecimal costPerSession, String contactEmail,
        String contactPhone, String description, String dslName, LocalDate dslTrainedOn, String deputyDslName,
        LocalDate deputyDslTrainedOn, int version) {

    public String ageRange() {
        return ageFrom == null && ageTo == null ? "" : (ageFrom == null ? "?" : ageFrom) + "–" + (ageTo == null ? "?" : ageTo);
    }

    public String needsText() {
        return needs.stream().map(Need::label).collect(Collectors.joining(", "));
    }

    public String daysText() {
        return days.stream().map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))
                .collect(Collectors.joining(", "));
    }

    /** The entry as the raw field values a form or a pending change holds (see {@link OfferRules}). */
    public Map<String, String> raw() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("registration", registration == null ? "" : registration.name());
        m.put("urn", nz(urn));
        m.put("ukprn", nz(ukprn));
        m.put("lots", lots.stream().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("ageFrom", ageFrom == null ? "" : ageFrom.toString());
        m.put("ageTo", ageTo == null ? "" : ageTo.toString());
        m.put("needs", needs.stream().map(Need::name).collect(Collectors.joining(",")));
        m.put("subjects", nz(subjects));
        m.put("qualifications", nz(qualifications));
        m.put("days", days.stream().map(DayOfWeek::name).collect(Collectors.joining(",")));
        m.put("sessionTimes", nz(sessionTimes));
        m.put("capacity", capacity == null ? "" : capacity.toString());
        m.put("address", nz(address));
        m.put("postcode", nz(postcode));
        m.put("area", nz(area));
        m.put("costPerSession", costPerSession == null ? "" : costPerSession.toPlainString());
        m.put("contactEmail", nz(contactEmail));
        m.put("contactPhone", nz(contactPhone));
        m.put("description", nz(description));
        m.put("dslName", nz(dslName));
        m.put("dslTrainedOn", dslTrainedOn == null ? "" : dslTrainedOn.toString());
        m.put("deputyDslName", nz(deputyDslName));
        m.put("deputyDslTrainedOn", deputyDslTrainedOn == null ? "" : deputyDslTrainedOn.toString());
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
