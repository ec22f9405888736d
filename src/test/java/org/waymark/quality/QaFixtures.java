package org.waymark.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.support.BrowserTest;

/** Test records of the quality module's own: a fresh approved provider with a staff member, and the demo users. */
final class QaFixtures {

    record TestProvider(UUID id, String name, SignedInUser staff) {
    }

    private QaFixtures() {
    }

    static TestProvider approvedProvider(Organisations organisations, Users users, ProviderDirectory directory,
            Clock clock, LocalDate approvedOn) {
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "QA Test Provider " + suffix;
        UUID provider = organisations.createProviderOrganisation(name, "UNREGISTERED", la);
        UserAccount staff = users.createWithPassword(la, "qa-staff-" + suffix + "@provider.example", "Sam Test",
                Role.PROVIDER_STAFF, provider, BrowserTest.PASSWORD);
        SignedInUser admin = user(users, "la-admin@eastmoor.example", clock);
        directory.changeStatus(provider, DirectoryStatus.APPROVED, approvedOn, "Test approval", admin.id());
        return new TestProvider(provider, name, signedIn(staff, clock));
    }

    static SignedInUser user(Users users, String email, Clock clock) {
        return signedIn(users.findByEmail(email).orElseThrow(), clock);
    }

    static SignedInUser signedIn(UserAccount u, Clock clock) {
        return new SignedInUser(u.id(), u.email(), u.name(), u.role(), u.organisationType(), u.organisationId(),
                u.localAuthorityId(), clock.instant());
    }

}
