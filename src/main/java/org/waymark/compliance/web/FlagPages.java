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
import org.waymark.compliance.FlagCode;
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
import org.waymark.shared.ListPage;

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
    private final Organisations organisations;

    FlagPages(Flags flags, Organisations organisations) {
        this.flags = flags;
        this.organisations = organisations;
    }

    @GetMapping("/flags")
    String list(SignedInUser user, @RequestParam(required = false) String code,
            @RequestParam(required = false) String show, @RequestParam(required = false) Integer page, Model model) {
        boolean openOnly = !"all".equals(show);
        int p = page == null || page < 0 ? 0 : page;
        Flags.Filter filter = FlagQuery.parse(code, null, null, openOnly);
        ListPage<FlagRecord> found = flags.list(user, filter, p, PAGE_SIZE);
        model.addAttribute("flags", found);
        model.addAttribute("code", filter.code() == null ? "" : filter.code().name());
        model.addAttribute("show", openOnly ? "open" : "all");
        model.addAttribute("codes", Arrays.stream(FlagCode.values())
                .map(c -> new CodeOption(c.name(), FlagWords.title(c))).toList());
        model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        return "compliance/flags";
    }

    @GetMapping("/flags/{id}")
    String one(SignedInUser user, @PathVariable UUID id, Model model) {
        FlagRecord flag = flags.find(user, id);
        model.addAttribute("flag", flag);
        model.addAttribute("words", FlagWords.of(flag.code()));
        model.addAttribute("owner", organisations.find(organisationType(flag.owner().type()), flag.owner().id())
                .map(OrganisationRef::name).orElse(""));
        return "compliance/flag";
    }

    private static OrganisationType organisationType(OwnerType type) {
        return switch (type) {
            case SCHOOL -> OrganisationType.SCHOOL;
            case PROVIDER -> OrganisationType.PROVIDER;
            case LOCAL_AUTHORITY -> OrganisationType.LOCAL_AUTHORITY;
        };
    }
}
