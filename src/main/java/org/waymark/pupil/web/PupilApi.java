package org.waymark.pupil.web;

import org.waymark.shared.web.JsonFields;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.PupilDetails;
import org.waymark.pupil.Pupils;
import org.waymark.pupil.TierOneSupport;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;

/** {@code /pupils} of api.md, and Tier 1 support under a pupil. */
@RestController
@RequestMapping("/api/v1")
class PupilApi {

    record CsaJson(LocalDate start, LocalDate end) {
    }

    record PupilJson(UUID id, String upn, boolean temporaryUpn, String firstName, String lastName, String preferredName,
            LocalDate dateOfBirth, UUID homeSchoolId, UUID localAuthorityId, UUID familyId, String senStatus,
            String primaryNeed, boolean ehcpPersonalBudget, boolean lookedAfter, boolean childProtectionPlan,
            boolean childInNeed, boolean freeSchoolMeals, String yearGroup, CsaJson compulsorySchoolAge,
            boolean ofCompulsorySchoolAge, int version) {

        static PupilJson of(Pupil p, LocalDate today) {
            var csa = p.compulsorySchoolAge();
            return new PupilJson(p.id(), p.upn(), p.temporaryUpn(), p.firstName(), p.lastName(), p.preferredName(),
                    p.dateOfBirth(), p.homeSchoolId(), p.localAuthorityId(), p.familyId(), p.senStatus().name(),
                    p.primaryNeed() == null ? null : p.primaryNeed().name(), p.ehcpPersonalBudget(), p.lookedAfter(),
                    p.childProtectionPlan(), p.childInNeed(), p.freeSchoolMeals(), p.yearGroup(today).orElse(null),
                    new CsaJson(csa.start(), csa.end()), csa.covers(today), p.version());
        }
    }

    record PupilBody(String upn, String firstName, String lastName, String preferredName, String dateOfBirth,
            String homeSchoolId, String familyId, String senStatus, String primaryNeed, Boolean ehcpPersonalBudget,
            Boolean lookedAfter, Boolean childProtectionPlan, Boolean childInNeed, Boolean freeSchoolMeals,
            Integer version) {

        PupilDetails details() {
            Problems p = new Problems();
            LocalDate dob = JsonFields.date(p, "dateOfBirth", dateOfBirth);
            UUID school = JsonFields.id(p, "homeSchoolId", homeSchoolId);
            UUID family = JsonFields.id(p, "familyId", familyId);
            p.throwIfAny();
            return new PupilDetails(upn, firstName, lastName, preferredName, dob, school, family, senStatus,
                    primaryNeed, Boolean.TRUE.equals(ehcpPersonalBudget), Boolean.TRUE.equals(lookedAfter),
                    Boolean.TRUE.equals(childProtectionPlan), Boolean.TRUE.equals(childInNeed),
                    Boolean.TRUE.equals(freeSchoolMeals));
        }
    }

    record TierOneBody(String kind, String description, String deliveredBy, String startedOn, String endedOn,
            String outcome) {
    }

    private final Pupils pupils;
    private final Clock clock;

    PupilApi(Pupils pupils, Clock clock) {
        this.pupils = pupils;
        this.clock = clock;
    }

    @PostMapping("/pupils")
    @ResponseStatus(HttpStatus.CREATED)
    PupilJson create(SignedInUser user, @RequestBody PupilBody body) {
        if (!Pupils.mayRecordPupils(user)) {
            throw new org.waymark.shared.ForbiddenException("Only LA officers and school commissioners record pupils");
        }
        return PupilJson.of(pupils.create(user, body.details()), LocalDate.now(clock));
    }

    @GetMapping("/pupils")
    ListPage<PupilJson> list(SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int[] b = ListPage.bounds(page, size);
        LocalDate today = LocalDate.now(clock);
        return new ListPage<>(pupils.search(user, q, b[0], b[1]).stream().map(p -> PupilJson.of(p, today)).toList(),
                b[0], b[1], pupils.count(user, q));
    }

    @GetMapping("/pupils/{id}")
    PupilJson get(SignedInUser user, @PathVariable UUID id) {
        return PupilJson.of(pupils.pupil(user, id), LocalDate.now(clock));
    }

    @PutMapping("/pupils/{id}")
    PupilJson update(SignedInUser user, @PathVariable UUID id, @RequestBody PupilBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Send the version of the record you changed");
        }
        return PupilJson.of(pupils.update(user, id, body.version(), body.details()), LocalDate.now(clock));
    }

    @GetMapping("/pupils/{id}/tier-one-support")
    List<TierOneSupport> tierOne(SignedInUser user, @PathVariable UUID id) {
        return pupils.tierOneSupport(user, id);
    }

    @PostMapping("/pupils/{id}/tier-one-support")
    @ResponseStatus(HttpStatus.CREATED)
    TierOneSupport addTierOne(SignedInUser user, @PathVariable UUID id, @RequestBody TierOneBody body) {
        Problems p = new Problems();
        LocalDate started = JsonFields.date(p, "startedOn", body.startedOn());
        LocalDate ended = JsonFields.date(p, "endedOn", body.endedOn());
        p.throwIfAny();
        return pupils.addTierOneSupport(user, id, body.kind(), body.description(), body.deliveredBy(), started, ended,
                body.outcome());
    }
}
