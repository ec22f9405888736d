package org.waymark.organisation.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.organisation.LocalAuthority;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.School;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;

/** {@code /me}, {@code /local-authorities} and {@code /schools} of api.md. */
@RestController
@RequestMapping("/api/v1")
class OrganisationApi {

    record Me(UUID id, String email, String name, Role role, OrganisationRef organisation) {
    }

    record SchoolJson(UUID id, String urn, String name, UUID localAuthorityId, String phase,
            BigDecimal normalWeeklyHours, Integer numberOnRoll) {
        static SchoolJson of(School s) {
            return new SchoolJson(s.id(), s.urn(), s.name(), s.localAuthorityId(), s.phase(), s.normalWeeklyHours(),
                    s.numberOnRoll());
        }
    }

    record NewSchool(String urn, String name, UUID localAuthorityId, String phase, BigDecimal normalWeeklyHours,
            Integer numberOnRoll) {
    }

    record NewLocalAuthority(String code, @Size(max = 200) String name) {
    }

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/me")
    Me me(SignedInUser user) {
        OrganisationRef org = organisations.find(user.organisationType(), user.organisationId())
                .orElse(new OrganisationRef(user.organisationId(), user.organisationType(), ""));
        return new Me(user.id(), user.email(), user.name(), user.role(), org);
    }

    @GetMapping("/local-authorities")
    ListPage<LocalAuthority> localAuthorities(SignedInUser user) {
        List<LocalAuthority> items = organisations.localAuthoritiesFor(user);
        return new ListPage<>(items, 0, items.size(), items.size());
    }

    @PostMapping("/local-authorities")
    @ResponseStatus(HttpStatus.CREATED)
    LocalAuthority createLocalAuthority(SignedInUser user, @RequestBody NewLocalAuthority body) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin can add a local authority");
        }
        return organisations.createLocalAuthority(body.code(), body.name());
    }

    @GetMapping("/schools")
    ListPage<SchoolJson> schools(SignedInUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int[] b = ListPage.bounds(page, size);
        return new ListPage<>(organisations.schoolsFor(user, b[0], b[1]).stream().map(SchoolJson::of).toList(),
                b[0], b[1], organisations.countSchoolsFor(user));
    }

    @GetMapping("/schools/{id}")
    SchoolJson school(SignedInUser user, @PathVariable UUID id) {
        return SchoolJson.of(organisations.school(user, id));
    }

    @PostMapping("/schools")
    @ResponseStatus(HttpStatus.CREATED)
    SchoolJson createSchool(SignedInUser user, @RequestBody NewSchool body) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Only LA admins and officers can add schools");
        }
        UUID la = body.localAuthorityId() == null ? user.localAuthorityId() : body.localAuthorityId();
        if (!la.equals(user.localAuthorityId())) {
            throw new InvalidInputException("localAuthorityId", "You can add schools only to your own local authority");
        }
        return SchoolJson.of(organisations.createSchool(body.urn(), body.name(), la, body.phase(),
                body.normalWeeklyHours(), body.numberOnRoll()));
    }
}
