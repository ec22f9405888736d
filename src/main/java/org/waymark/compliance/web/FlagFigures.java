package org.waymark.compliance.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.compliance.Flags;
import org.waymark.compliance.Severity;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;

/** Open flags and critical ones on every home page, each linked to the filtered list. */
@Component
class FlagFigures implements HomeFigures {

    private final Flags flags;

    FlagFigures(Flags flags) {
        this.flags = flags;
    }

    @Override
    public List<HomeFigure> figuresFor(SignedInUser user) {
        if (user.role() == Role.PARTNER) {
            return List.of();
        }
        Flags.Filter open = Flags.Filter.open();
        Flags.Filter critical = new Flags.Filter(null, Severity.CRITICAL, null, null, null, null, true, false);
        return List.of(
                new HomeFigure(10, "Open critical flags", flags.list(user, critical, 0, 1).total(),
                        "/flags?severity=CRITICAL"),
                new HomeFigure(11, "Open flags", flags.list(user, open, 0, 1).total(), "/flags"));
    }
}
