package org.waymark.compliance.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagDigest;
import org.waymark.compliance.FlagRecord;
import org.waymark.compliance.FlagWords;
import org.waymark.compliance.Flags;
import org.waymark.compliance.OwnerType;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.web.Forms;

/** The flags pages: the list in the caller's scope with filters, and one flag with its evidence. */
@Controller
class FlagPages {

    @Component
    static class FlagNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            return user.role() == Role.PARTNER ? List.of() : List.of(new NavigationItem(30, "Flags", "/flags"));
        }
    }

    /** A code with its words, for the filter and the table. */
    record CodeOption(String code, String title) {
    }

    static final int PAGE_SIZE = 50;

    private final Flags flags;
    private final FlagDigest digest;
    private final Organisations organisations;

    private final FlagAges ages;

    FlagPages(Flags flags, FlagDigest digest, Organisations organisations, FlagAges ages) {
        this.ages = ages;
        this.flags = flags;
        this.digest = digest;
        this.organisations = organisations;
    }

    @GetMapping("/flags")
    String list(SignedInUser user, @RequestParam(required = false) String code,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String school,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String show,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String age,
            @RequestParam(required = false) Integer page, Model model) {
        boolean openOnly = !"all".equals(show);
        int p = page == null || page < 0 ? 0 : page;
        Flags.Filter filter = ages.narrow(user,
                FlagQuery.parse(code, severity, null, null, school, provider, openOnly, sort, age), age);
        model.addAttribute("age", age == null ? "" : age);
        ListPage<FlagRecord> found = flags.list(user, filter, p, PAGE_SIZE);
        model.addAttribute("flags", found);
        model.addAttribute("code", filter.code() == null ? "" : filter.code().name());
        model.addAttribute("severity", filter.severity() == null ? "" : filter.severity().name());
        model.addAttribute("school", filter.schoolId() == null ? "" : filter.schoolId().toString());
        model.addAttribute("provider", filter.providerId() == null ? "" : filter.providerId().toString());
        model.addAttribute("sort", filter.longestOpenFirst() ? "longest-open" : "severity");
        model.addAttribute("show", openOnly ? "open" : "all");
        model.addAttribute("laWide", user.isLaWide() || user.is(Role.QA_PROFESSIONAL));
        if (user.organisationType() == OrganisationType.LOCAL_AUTHORITY) {
            List<OrganisationRef> orgs = organisations.administeredBy(user.localAuthorityId());
            model.addAttribute("schools", orgs.stream().filter(o -> o.type() == OrganisationType.SCHOOL).toList());
            model.addAttribute("providers", orgs.stream().filter(o -> o.type() == OrganisationType.PROVIDER).toList());
        }
        model.addAttribute("digest", user.isLaWide() && digest.isSubscribed(user));
        model.addAttribute("canDigest", user.isLaWide());
        model.addAttribute("codes", Arrays.stream(FlagCode.values())
                .map(c -> new CodeOption(c.name(), FlagWords.title(c))).toList());
        model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        return "compliance/flags";
    }

    /** The list as CSV with the same filters, read and written a page at a time (nothing held in memory). */
    @GetMapping("/flags.csv")
    void csv(SignedInUser user, @RequestParam(required = false) String code,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String school,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String show,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String age,
            jakarta.servlet.http.HttpServletResponse response) {
        Flags.Filter filter = ages.narrow(user, FlagQuery.parse(code, severity, null, null, school, provider,
                !"all".equals(show), sort, age), age);
        try (var csv = org.waymark.shared.web.CsvDownload.start(response, "flags.csv", "flag_id", "code", "title",
                "severity", "subject_type", "subject_id", "pupil_id", "since", "closed_on", "owner_type",
                "acknowledged")) {
            int size = 500;
            for (int p = 0; ; p++) {
                ListPage<FlagRecord> page = flags.list(user, filter, p, size);
                for (FlagRecord f : page.items()) {
                    csv.row(f.id().toString(), f.code().name(), FlagWords.title(f.code()), f.severity().name(),
                            f.subjectType().name(), f.subjectId().toString(),
                            f.pupilId() == null ? "" : f.pupilId().toString(), f.since(), f.closedOn(),
                            f.owner() == null ? "" : f.owner().type().name(), f.acknowledged() ? "yes" : "no");
                }
                if (page.items().size() < size) {
                    break;
                }
            }
        }
    }

    @GetMapping("/flags/{id}")
    String one(SignedInUser user, @PathVariable UUID id, Model model) {
        FlagRecord flag = flags.find(user, id);
        model.addAttribute("flag", flag);
        model.addAttribute("words", FlagWords.of(flag.code()));
        model.addAttribute("acknowledgements", flags.acknowledgements(user, id));
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", "");
        }
        model.addAttribute("owner", organisations.find(organisationType(flag.owner().type()), flag.owner().id())
                .map(OrganisationRef::name).orElse(""));
        return "compliance/flag";
    }

    @PostMapping("/flags/{id}/acknowledge")
    String acknowledge(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String note,
            Model model) {
        try {
            flags.acknowledge(user, id, note);
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            model.addAttribute("note", note);
            return one(user, id, model);
        }
        return "redirect:/flags/" + id + "?acknowledged";
    }

    @PostMapping("/flags/digest")
    String digest(SignedInUser user, @RequestParam(required = false) String daily) {
        digest.choose(user, "yes".equals(daily));
        return "redirect:/flags?digest=" + ("yes".equals(daily) ? "on" : "off");
    }

    private static OrganisationType organisationType(OwnerType type) {
        return switch (type) {
            case SCHOOL -> OrganisationType.SCHOOL;
            case PROVIDER -> OrganisationType.PROVIDER;
            case LOCAL_AUTHORITY -> OrganisationType.LOCAL_AUTHORITY;
        };
    }
}
