package org.waymark.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.directory.DirectorySearch;
import org.waymark.directory.ProviderRecord;
import org.waymark.directory.Providers;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.CsvDownload;

/** The directory search as CSV, with the same filters as the page; rows written as they are read. */
@Controller
class DirectoryExports {

    private final Providers providers;

    DirectoryExports(Providers providers) {
        this.providers = providers;
    }

    @GetMapping("/directory.csv")
    void csv(SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String lot, @RequestParam(required = false) String age,
            @RequestParam(required = false) String need, @RequestParam(required = false) String day,
            @RequestParam(required = false) String area, @RequestParam(required = false) String registration,
            @RequestParam(required = false) String status, HttpServletResponse response) {
        if (user.organisationType() == OrganisationType.PROVIDER) {
            throw new ForbiddenException("Providers see their own directory entry, not the search");
        }
        boolean laTeam = user.is(Role.LA_ADMIN, Role.LA_OFFICER);
        String chosenStatus = status == null ? (laTeam ? "ANY" : "APPROVED") : status;
        DirectorySearch search;
        try {
            search = DirectoryFilters.parse(q, number(lot, "lot"), number(age, "age"), need, day, area, registration,
                    chosenStatus);
        } catch (BadQueryException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new BadQueryException(e.problems());
        }
        List<ProviderRecord> found = providers.search(user, search);
        try (CsvDownload csv = CsvDownload.start(response, "directory.csv", "provider_id", "name", "registration",
                "urn", "ukprn", "directory_status", "lots", "ages", "needs", "area", "postcode", "capacity",
                "contact_email", "contact_phone")) {
            for (ProviderRecord p : found) {
                csv.row(p.id().toString(), p.name(), p.registration() == null ? "" : p.registration().label(),
                        p.urn(), p.ukprn(), p.directoryStatus().name(),
                        p.lots() == null ? "" : p.lots().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                        p.ageRange(), p.needs() == null ? "" : p.needs().stream().map(Enum::name)
                                .collect(Collectors.joining(" ")),
                        p.area(), p.postcode(), p.capacity(), p.contactEmail(), p.contactPhone());
            }
        }
    }

    private static Integer number(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new BadQueryException(List.of(new FieldProblem(field, "Enter a whole number for the " + field)));
        }
    }
}
