package org.waymark.compliance;

/** Who must act on a placement's flags: the commissioning school, else the pupil's LA. */
final class Owners {

    private Owners() {
    }

    static Owner commissionerOf(PlacementFacts p) {
        return p.commissioner().type() == CommissionerType.SCHOOL ? Owner.school(p.commissioner().id())
                : Owner.localAuthority(p.localAuthorityId());
    }

    static Owner homeSchoolOf(PupilFacts pupil) {
        return pupil.homeSchoolId() != null ? Owner.school(pupil.homeSchoolId())
                : Owner.localAuthority(pupil.localAuthorityId());
    }
}
