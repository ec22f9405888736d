package org.waymark.directory.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.Need;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.QaSummary;
import org.waymark.directory.Registration;
import org.waymark.directory.DirectorySearch;
import org.waymark.directory.internal.Outlook;
import org.waymark.directory.ProviderRecord;
import org.waymark.directory.Providers;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;

/** {@code /api/v1/providers} of api.md: the directory's entries in the caller's scope. */
@RestController
@RequestMapping("/api/v1/providers")
class ProviderApi {

    record AgeRange(Integer from, Integer to) {
    }

    record LatestQa(LocalDate date, String outcome) {
    }

    record Safeguarding(String leadName, LocalDate leadTrainedOn, String deputyName, LocalDate deputyTrainedOn) {
    }

    record ProviderJson(UUID id, String name, String urn, String ukprn, Registration registration, List<Integer> lots,
            DirectoryStatus directoryStatus, AgeRange ageRange, Integer capacity, List<UUID> localAuthorityIds,
            LatestQa latestQa, List<Need> needs, String subjects, String qualifications, List<DayOfWeek> days,
            String sessionTimes, String address, String postcode, String area, BigDecimal costPerSession,
            String contactEmail, String contactPhone, String description, Safeguarding safeguarding,
            Integer placesInUse, boolean checkedChangesPending, int version) {
    }

    private final Providers providers;
    private final ProviderDirectory directory;
    private final Outlook outlook;

    ProviderApi(Providers providers, ProviderDirectory directory, Outlook outlook) {
        this.providers = providers;
        this.directory = directory;
        this.outlook = outlook;
    }

    @GetMapping
    ListPage<ProviderJson> list(SignedInUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer lot, @RequestParam(required = false) Integer age,
            @RequestParam(required = false) String need, @RequestParam(required = false) String day,
            @RequestParam(required = false) String area, @RequestParam(required = false) String registration,
            @RequestParam(required = false) String directoryStatus) {
        int[] b = ListPage.bounds(page, size);
        DirectorySearch search = DirectoryFilters.parse(q, lot, age, need, day, area, registration, directoryStatus);
        List<ProviderRecord> all = providers.search(user, search);
        List<ProviderRecord> slice = all.stream().skip((long) b[0] * b[1]).limit(b[1]).toList();
        return new ListPage<>(json(slice), b[0], b[1], all.size());
    }

    @GetMapping("/{id}")
    ProviderJson get(SignedInUser user, @PathVariable UUID id) {
        return json(List.of(providers.get(user, id))).get(0);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProviderJson create(SignedInUser user, @RequestBody Map<String, Object> body) {
        UUID id = providers.create(user, raw(body));
        DirectoryStatus status = status(body);
        if (status != null && status != DirectoryStatus.NOT_LISTED) {
            providers.changeStatus(user, id, status, null, text(body.get("statusReason")));
        }
        return get(user, id);
    }

    @PatchMapping("/{id}")
    ProviderJson patch(SignedInUser user, @PathVariable UUID id, @RequestBody Map<String, Object> body) {
        ProviderRecord current = providers.get(user, id);
        int version = current.version();
        if (body.get("version") != null) {
            try {
                version = Integer.parseInt(String.valueOf(body.get("version")));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("version", "version must be the number the provider was read with");
            }
            if (version != current.version()) {
                throw ConflictException.staleEdit("The provider's entry");
            }
        }
        Map<String, String> raw = raw(body);
        if (!raw.isEmpty()) {
            providers.edit(user, id, version, raw);
        }
        DirectoryStatus status = status(body);
        if (status != null) {
            providers.changeStatus(user, id, status, null, text(body.get("statusReason")));
        }
        return get(user, id);
    }

    private static DirectoryStatus status(Map<String, Object> body) {
        Object s = body.get("directoryStatus");
        if (s == null) {
            return null;
        }
        try {
            return DirectoryStatus.valueOf(String.valueOf(s));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("directoryStatus", "directoryStatus must be one of "
                    + java.util.Arrays.toString(DirectoryStatus.values()));
        }
    }

    /** The JSON body as the raw field values {@code OfferRules} checks; only the fields present. */
    static Map<String, String> raw(Map<String, Object> body) {
        Problems p = new Problems();
        Map<String, String> raw = new LinkedHashMap<>();
        for (var e : body.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "ageRange" -> {
                    if (v == null) {
                        raw.put("ageFrom", "");
                        raw.put("ageTo", "");
                    } else if (v instanceof Map<?, ?> m) {
                        raw.put("ageFrom", text(m.get("from")));
                        raw.put("ageTo", text(m.get("to")));
                    } else {
                        p.add("ageRange", "ageRange must be an object {from, to}");
                    }
                }
                case "lots", "needs", "days" -> {
                    if (v == null) {
                        raw.put(e.getKey(), "");
                    } else if (v instanceof Collection<?> c) {
                        raw.put(e.getKey(), String.join(",", c.stream().map(ProviderApi::text).toList()));
                    } else {
                        p.add(e.getKey(), e.getKey() + " must be a list");
                    }
                }
                case "safeguarding" -> {
                    if (v instanceof Map<?, ?> m) {
                        raw.put("dslName", text(m.get("leadName")));
                        raw.put("dslTrainedOn", text(m.get("leadTrainedOn")));
                        raw.put("deputyDslName", text(m.get("deputyName")));
                        raw.put("deputyDslTrainedOn", text(m.get("deputyTrainedOn")));
                    } else if (v != null) {
                        p.add("safeguarding", "safeguarding must be an object");
                    }
                }
                case "name", "registration", "urn", "ukprn", "subjects", "qualifications", "sessionTimes", "capacity",
                        "address", "postcode", "area", "costPerSession", "contactEmail", "contactPhone", "description" -> {
                    if (v instanceof Map || v instanceof Collection) {
                        p.add(e.getKey(), e.getKey() + " must be a single value");
                    } else {
                        raw.put(e.getKey(), text(v));
                    }
                }
                default -> {
                    // read-only fields (id, directoryStatus, latestQa, ...) and unknown ones are not edited here
                }
            }
        }
        p.throwIfAny();
        return raw;
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    private List<ProviderJson> json(List<ProviderRecord> records) {
        List<UUID> ids = records.stream().map(ProviderRecord::id).toList();
        Map<UUID, QaSummary> qa = outlook.latestQa(ids);
        Map<UUID, Integer> places = outlook.placesInUse(ids);
        boolean knows = outlook.knowsPlaces();
        return records.stream().map(r -> {
            QaSummary q = qa.get(r.id());
            return new ProviderJson(r.id(), r.name(), r.urn(), r.ukprn(), r.registration(), r.lots(),
                    r.directoryStatus(), new AgeRange(r.ageFrom(), r.ageTo()), r.capacity(),
                    directory.localAuthorityIds(r.id()), q == null ? null : new LatestQa(q.visitDate(), q.overallOutcome()),
                    r.needs(), r.subjects(), r.qualifications(), r.days(), r.sessionTimes(), r.address(), r.postcode(),
                    r.area(), r.costPerSession(), r.contactEmail(), r.contactPhone(), r.description(),
                    new Safeguarding(r.dslName(), r.dslTrainedOn(), r.deputyDslName(), r.deputyDslTrainedOn()),
                    knows ? places.getOrDefault(r.id(), 0) : null, providers.pendingChange(r.id()).isPresent(),
                    r.version());
        }).toList();
    }
}
