package org.waymark.organisation.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;

/** Organisation counts on the home pages. */
@Component
class OrganisationFigures implements HomeFigures {

    private final Organisations organisations;
    private final Users users;

    OrganisationFigures(Organisations organisations, Users users) {
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public List<HomeFigure> figuresFor(SignedInUser user) {
        List<HomeFigure> figures = new ArrayList<>();
        if (user.isLaWide()) {
            figures.add(new HomeFigure(80, "Schools in the local authority", organisations.countSchoolsFor(user), null));
            figures.add(new HomeFigure(81, "Providers working with the local authority",
                    organisations.countProvidersFor(user), null));
        }
        if (user.role() == Role.LA_ADMIN) {
            figures.add(new HomeFigure(82, "Active users", users.countActiveUsersInLa(user.localAuthorityId()), "/users"));
        } else {
            figures.add(new HomeFigure(82, "Active users in your organisation",
                    users.countActiveUsers(user.organisationId()), null));
        }
        return figures;
    }
}
