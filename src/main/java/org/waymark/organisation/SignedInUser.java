package org.waymark.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The signed-in user and their scope: every module asks this who is asking before it reads or writes
 * an organisation's or a child's record. Kept in the session, so it holds no personal data beyond
 * the user's own name and e-mail.
 */
public record SignedInUser(
        UUID id,
        String email,
        String name,
        Role role,
        OrganisationType organisationType,
        UUID organisationId,
        UUID localAuthorityId,
        Instant signedInAt) implements Serializable {

    @Override
    public String toString() {
        return "SignedInUser[" + id + ", " + role + "]";
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }

    public boolean isLaWide() {
        return role.isLaWide();
    }

    public boolean belongsTo(UUID organisation) {
        return organisationId.equals(organisation);
    }
}
