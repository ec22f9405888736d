package org.waymark.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 7: for a pupil with an EHCP the LA SEN team must be consulted and decides. A PROPOSED or ACTIVE
 * placement of an EHCP pupil without a recorded LA SEN decision is flagged from its proposal: a warning while
 * proposed, critical once active.
 */
public final class EhcpLaNotConsulted {

    public Optional<Flag> evaluate(PupilFacts pupil, PlacementFacts p, LocalDate today) {
        if (!pupil.ehcp() || !p.pupilId().equals(pupil.pupilId()) || p.laSenDecisionOn() != null
                || !(p.status() == PlacementStatus.PROPOSED || p.status() == PlacementStatus.ACTIVE)
                || p.proposedOn().isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new Flag(FlagCode.EHCP_LA_NOT_CONSULTED,
                p.status() == PlacementStatus.ACTIVE ? Severity.CRITICAL : Severity.WARNING, SubjectType.PLACEMENT,
                p.placementId(), p.proposedOn(), Owner.localAuthority(p.localAuthorityId()), List.of(
                        "Pupil " + pupil.pupilId() + " has an EHCP.",
                        "Placement " + p.placementId() + " (" + Words.lowerWords(p.status()) + ", proposed on "
                                + Words.date(p.proposedOn()) + ", starting " + Words.date(p.start())
                                + ") has no recorded decision of the LA SEN team of LA " + p.localAuthorityId() + ".")));
    }
}
