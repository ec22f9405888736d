package org.waymark.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.organisation.LocalAuthority;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.shared.ForbiddenException;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    Clock clock;

    private SignedInUser as(String email) {
        var u = users.findByEmail(email).orElseThrow();
        return new SignedInUser(u.id(), u.email(), u.name(), u.role(), u.organisationType(), u.organisationId(),
                u.localAuthorityId(), clock.instant());
    }

    @Test
    void theLaAdminSeesWhoViewedAndChangedAChildsRecordAndNoOtherLaDoes() {
        SignedInUser officer = as("la-officer@eastmoor.example");
        SignedInUser admin = as("la-admin@eastmoor.example");
        UUID pupil = UUID.randomUUID();
        trail.record(officer, AuditTrail.Action.VIEWED, "PUPIL", pupil, pupil, officer.localAuthorityId(), "pupil record");
        trail.record(officer, AuditTrail.Action.CHANGED, "PUPIL", pupil, pupil, officer.localAuthorityId(), "SEN status");

        assertThat(trail.forPupil(admin, pupil, 10)).extracting(AuditEvent::action).containsExactly("CHANGED", "VIEWED");
        assertThat(trail.forPupil(admin, pupil, 10)).allSatisfy(e -> {
            assertThat(e.userName()).isEqualTo("Tom Walsh");
            assertThat(e.userRole()).isEqualTo("LA_OFFICER");
        });
        WebSession page = WebSession.signedIn(port, "la-admin@eastmoor.example");
        assertThat(page.get("/audit?pupil=" + pupil).body()).contains("Tom Walsh (LA_OFFICER)").contains("SEN status");

        assertThatThrownBy(() -> trail.forPupil(officer, pupil, 10)).isInstanceOf(ForbiddenException.class);

        LocalAuthority other = organisations.findLocalAuthorityByCode("998")
                .orElseGet(() -> organisations.createLocalAuthority("998", "Westmoor Council"));
        String email = "admin-" + UUID.randomUUID() + "@westmoor.example";
        var otherAdmin = users.createWithPassword(other.id(), email, "Wendy West", Role.LA_ADMIN, other.id(),
                "westmoor admin passphrase");
        assertThat(trail.forPupil(as(otherAdmin.email()), pupil, 10)).isEmpty();
    }
}
