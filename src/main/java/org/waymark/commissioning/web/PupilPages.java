package org.waymark.commissioning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.Provision;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.School;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.PrimaryNeed;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.PupilDetails;
import org.waymark.pupil.Pupils;
import org.waymark.pupil.SenStatus;
import org.waymark.pupil.TierOneSupport;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** Pupil pages: search and list, add and change a record, the record itself, Tier 1 support, partners, the week. */
@Controller
class PupilPages {

    private final Pupils pupils;
    private final Placements placements;
    private final Provision provision;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;

    private final List<org.waymark.commissioning.PupilPageSection> sections;

    PupilPages(Pupils pupils, Placements placements, Provision provision, Organisations organisations,
            AuditTrail audit, Clock clock, List<org.waymark.commissioning.PupilPageSection> sections) {
        this.sections = sections;
        this.pupils = pupils;
        this.placements = placements;
        this.provision = provision;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/pupils")
    String list(SignedInUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            Model model) {
        int[] b = ListPage.bounds(page, 50);
        List<Pupil> found = pupils.search(user, q, b[0], b[1]);
        model.addAttribute("pupils", found);
        model.addAttribute("total", pupils.count(user, q));
        model.addAttribute("q", q);
        model.addAttribute("page", b[0]);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("schoolNames", schoolNames(found));
        model.addAttribute("mayRecord", Pupils.mayRecordPupils(user));
        return "commissioning/pupils";
    }

    private Map<UUID, String> schoolNames(List<Pupil> list) {
        Map<UUID, String> names = new java.util.HashMap<>();
        for (Pupil p : list) {
            if (p.homeSchoolId() != null) {
                names.computeIfAbsent(p.homeSchoolId(), id -> organisations.findSchool(id).map(School::name).orElse(""));
            }
        }
        return names;
    }

    @GetMapping("/pupils/new")
    String newPupil(SignedInUser user, Model model) {
        requireRecorder(user);
        model.addAttribute("dob", DateInput.of("dateOfBirth", null));
        model.addAttribute("form", Map.of());
        return form(user, model, null);
    }

    private String form(SignedInUser user, Model model, Pupil existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("senStatuses", SenStatus.values());
        model.addAttribute("needs", PrimaryNeed.values());
        model.addAttribute("isLa", user.isLaWide());
        if (user.isLaWide()) {
            model.addAttribute("schools", organisations.schoolsFor(user, 0, 500));
            model.addAttribute("families", organisations.administeredBy(user.localAuthorityId()).stream()
                    .filter(o -> o.type() == OrganisationType.FAMILY).toList());
        }
        return "commissioning/pupil-form";
    }

    @PostMapping("/pupils")
    String create(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        requireRecorder(user);
        DateInput dob = DateInput.from(params, "dateOfBirth");
        try {
            Problems p = new Problems();
            LocalDate date = dob.isEmpty() ? null : dob.parseInto(p, "date of birth");
            PupilDetails details = details(params, date);
            try {
                Pupil created = pupils.create(user, details);
                return "redirect:/pupils/" + created.id() + "?created";
            } catch (InvalidInputException e) {
                e.problems().forEach(f -> p.add(f.field(), f.message()));
            }
            p.throwIfAny();
            return "redirect:/pupils";
        } catch (InvalidInputException e) {
            return rejected(user, model, params, dob, e.problems(), null);
        }
    }

    private String rejected(SignedInUser user, Model model, Map<String, String> params, DateInput dob,
            List<FieldProblem> problems, Pupil existing) {
        List<FieldProblem> shown = new ArrayList<>();
        for (FieldProblem f : problems) {
            String field = f.field().equals("dateOfBirth") ? "dateOfBirth-day" : f.field();
            String message = f.message();
            int link = message.indexOf(": /pupils/");
            if (link > 0) {
                model.addAttribute("duplicateOf", message.substring(link + 2));
                message = message.substring(0, link);
            }
            shown.add(new FieldProblem(field, message));
        }
        model.addAttribute("dob", dob);
        model.addAttribute("form", params);
        Forms.reject(model, shown);
        return form(user, model, existing);
    }

    private static PupilDetails details(Map<String, String> params, LocalDate dob) {
        return new PupilDetails(params.get("upn"), params.get("firstName"), params.get("lastName"),
                params.get("preferredName"), dob, id(params.get("homeSchoolId")), id(params.get("familyId")),
                params.get("senStatus"), params.get("primaryNeed"), "true".equals(params.get("ehcpPersonalBudget")),
                "true".equals(params.get("lookedAfter")), "true".equals(params.get("childProtectionPlan")),
                "true".equals(params.get("childInNeed")), "true".equals(params.get("freeSchoolMeals")));
    }

    static UUID id(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/pupils/{id}")
    String show(SignedInUser user, @PathVariable UUID id, Model model) {
        Pupil p = pupils.pupil(user, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("pupil", p);
        model.addAttribute("today", today);
        model.addAttribute("csa", p.compulsorySchoolAge());
        model.addAttribute("school", p.homeSchoolId() == null ? null : organisations.findSchool(p.homeSchoolId())
                .orElse(null));
        model.addAttribute("family", p.familyId() == null ? null : organisations.find(OrganisationType.FAMILY,
                p.familyId()).map(OrganisationRef::name).orElse(null));
        model.addAttribute("tierOne", pupils.tierOneSupport(user, id));
        model.addAttribute("placements", placements.forPupil(user, id));
        model.addAttribute("pupilSections", sections.stream().map(sec -> sec.partFor(user, id))
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparingInt(org.waymark.commissioning.PupilPageSection.Part::order))
                .toList());
        model.addAttribute("mayRecord", Pupils.mayRecordPupils(user));
        model.addAttribute("mayCommission", Placements.mayCommission(user));
        model.addAttribute("isLa", user.isLaWide());
        model.addAttribute("isProvider", user.role() == org.waymark.organisation.Role.PROVIDER_STAFF);
        if (user.isLaWide()) {
            model.addAttribute("grants", pupils.partnerGrants(user, id));
            model.addAttribute("partners", pupils.partnersOf(user));
        }
        return "commissioning/pupil";
    }

    @GetMapping("/pupils/{id}/edit")
    String edit(SignedInUser user, @PathVariable UUID id, Model model) {
        requireRecorder(user);
        Pupil p = pupils.read(user, id);
        Map<String, String> form = new java.util.HashMap<>();
        form.put("upn", p.upn());
        form.put("firstName", p.firstName());
        form.put("lastName", p.lastName());
        form.put("preferredName", p.preferredName());
        form.put("homeSchoolId", p.homeSchoolId() == null ? "" : p.homeSchoolId().toString());
        form.put("familyId", p.familyId() == null ? "" : p.familyId().toString());
        form.put("senStatus", p.senStatus().name());
        form.put("primaryNeed", p.primaryNeed() == null ? "" : p.primaryNeed().name());
        form.put("ehcpPersonalBudget", String.valueOf(p.ehcpPersonalBudget()));
        form.put("lookedAfter", String.valueOf(p.lookedAfter()));
        form.put("childProtectionPlan", String.valueOf(p.childProtectionPlan()));
        form.put("childInNeed", String.valueOf(p.childInNeed()));
        form.put("freeSchoolMeals", String.valueOf(p.freeSchoolMeals()));
        form.put("version", String.valueOf(p.version()));
        model.addAttribute("form", form);
        model.addAttribute("dob", DateInput.of("dateOfBirth", p.dateOfBirth()));
        return form(user, model, p);
    }

    @PostMapping("/pupils/{id}")
    String update(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        requireRecorder(user);
        Pupil existing = pupils.read(user, id);
        DateInput dob = DateInput.from(params, "dateOfBirth");
        try {
            Problems p = new Problems();
            LocalDate date = dob.isEmpty() ? null : dob.parseInto(p, "date of birth");
            int version = parseInt(params.get("version"));
            try {
                pupils.update(user, id, version, details(params, date));
            } catch (InvalidInputException e) {
                e.problems().forEach(f -> p.add(f.field(), f.message()));
            }
            p.throwIfAny();
            return "redirect:/pupils/" + id + "?saved";
        } catch (InvalidInputException e) {
            return rejected(user, model, params, dob, e.problems(), existing);
        } catch (ConflictException e) {
            return rejected(user, model, params, dob, List.of(new FieldProblem("upn", e.getMessage())), existing);
        }
    }

    static int parseInt(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---- Tier 1 support ---------------------------------------------------------------------

    @GetMapping("/pupils/{id}/tier-one-support/new")
    String newTierOne(SignedInUser user, @PathVariable UUID id, Model model) {
        requireRecorder(user);
        model.addAttribute("pupil", pupils.read(user, id));
        model.addAttribute("kinds", TierOneSupport.KINDS);
        model.addAttribute("started", DateInput.of("startedOn", null));
        model.addAttribute("ended", DateInput.of("endedOn", null));
        model.addAttribute("form", Map.of());
        return "commissioning/tier-one-form";
    }

    @PostMapping("/pupils/{id}/tier-one-support")
    String addTierOne(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        requireRecorder(user);
        Pupil pupil = pupils.read(user, id);
        DateInput started = DateInput.from(params, "startedOn");
        DateInput ended = DateInput.from(params, "endedOn");
        Problems p = new Problems();
        LocalDate start = started.parseInto(p, "start date");
        LocalDate end = ended.isEmpty() ? null : ended.parseInto(p, "end date");
        try {
            if (p.isEmpty()) {
                pupils.addTierOneSupport(user, id, params.get("kind"), params.get("description"),
                        params.get("deliveredBy"), start, end, params.get("outcome"));
                return "redirect:/pupils/" + id + "?supportAdded";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(f.field().equals("startedOn") ? "startedOn-day"
                    : f.field().equals("endedOn") ? "endedOn-day" : f.field(), f.message()));
        }
        model.addAttribute("pupil", pupil);
        model.addAttribute("kinds", TierOneSupport.KINDS);
        model.addAttribute("started", started);
        model.addAttribute("ended", ended);
        model.addAttribute("form", params);
        Forms.reject(model, p.list());
        return "commissioning/tier-one-form";
    }

    // ---- partners ---------------------------------------------------------------------------

    @PostMapping("/pupils/{id}/partners")
    String grant(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String partnerUserId,
            @RequestParam(required = false) String reason, Model model) {
        try {
            pupils.grantPartner(user, id, id(partnerUserId), reason);
            return "redirect:/pupils/" + id + "?granted";
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            model.addAttribute("grantReason", reason);
            return show(user, id, model);
        }
    }

    @PostMapping("/pupils/{id}/partners/{grantId}/revoke")
    String revoke(SignedInUser user, @PathVariable UUID id, @PathVariable UUID grantId) {
        pupils.revokePartner(user, id, grantId);
        return "redirect:/pupils/" + id + "?revoked";
    }

    // ---- the pupil's week -------------------------------------------------------------------

    @GetMapping("/pupils/{id}/provision")
    String provision(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        DateInput on = DateInput.from(params, "date");
        LocalDate date = LocalDate.now(clock);
        if (!on.isEmpty()) {
            Problems p = new Problems();
            LocalDate typed = on.parseInto(p, "date");
            if (typed != null) {
                date = typed;
            } else {
                Forms.reject(model, p.list());
            }
        } else {
            on = DateInput.of("date", date);
        }
        var week = provision.week(user, id, date);
        model.addAttribute("pupil", pupils.read(user, id));
        model.addAttribute("week", week);
        model.addAttribute("on", on);
        model.addAttribute("grid", WeekGrid.of(week.sessions()));
        model.addAttribute("shortDays", String.join(", ", week.daysShortOfNineToThree().stream()
                .map(org.waymark.commissioning.Timetables::dayName).toList()));
        return "commissioning/provision";
    }

    private static void requireRecorder(SignedInUser user) {
        if (!Pupils.mayRecordPupils(user)) {
            throw new org.waymark.shared.ForbiddenException("Only LA officers and school commissioners record pupils");
        }
    }

    void audited(SignedInUser user, Pupil p, String detail) {
        audit.record(user, AuditTrail.Action.VIEWED, "PUPIL", p.id(), p.id(), p.localAuthorityId(), detail);
    }
}
