package org.waymark.oversight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.Impact;

/**
 * The LA overview's remaining figures on the officer's home page: providers by their latest QA outcome, and the
 * attendance of the LA's children at providers this half-term against last (whole per cent; the exact rates are on
 * the impact page). Each links to the list behind it.
 */
@Component
class OverviewFigures implements HomeFigures {

    private final Impact impact;

    OverviewFigures(Impact impact) {
        this.impact = impact;
    }

    @Override
    public List<HomeFigure> figuresFor(SignedInUser user) {
        if (!user.isLaWide()) {
            return List.of();
        }
        List<HomeFigure> figures = new ArrayList<>();
        Map<String, Long> qa = impact.providersByQaOutcome(user);
        figures.add(new HomeFigure(52, "Providers whose latest QA outcome is effective", qa.get("EFFECTIVE"),
                "/oversight/impact/list?measure=qa-status&value=EFFECTIVE"));
        figures.add(new HomeFigure(52, "Providers whose latest QA outcome requires improvement",
                qa.get("REQUIRES_IMPROVEMENT"), "/oversight/impact/list?measure=qa-status&value=REQUIRES_IMPROVEMENT"));
        figures.add(new HomeFigure(52, "Providers whose latest QA outcome is significant concerns",
                qa.get("SIGNIFICANT_CONCERNS"), "/oversight/impact/list?measure=qa-status&value=SIGNIFICANT_CONCERNS"));
        figures.add(new HomeFigure(52, "Providers with no QA outcome yet", qa.get("NONE"),
                "/oversight/impact/list?measure=qa-status&value=NONE"));
        Impact.HalfTerms h = impact.attendanceByHalfTerm(user);
        if (h.thisHalfTerm() != null) {
            figures.add(new HomeFigure(25, "Attendance at providers this half-term (per cent, from "
                    + h.thisFrom() + ")", h.thisHalfTerm().setScale(0, java.math.RoundingMode.HALF_UP).longValue(),
                    "/attendance"));
        }
        if (h.lastHalfTerm() != null) {
            figures.add(new HomeFigure(26, "Attendance at providers last half-term (per cent, " + h.lastFrom() + " to "
                    + h.lastTo() + ")", h.lastHalfTerm().setScale(0, java.math.RoundingMode.HALF_UP).longValue(),
                    "/attendance"));
        }
        return figures;
    }
}
