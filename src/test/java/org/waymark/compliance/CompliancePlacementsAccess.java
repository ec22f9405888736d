package org.waymark.compliance;

import java.util.UUID;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;

/** The compliance tests' placement fixtures for tests in other packages (oversight). */
public final class CompliancePlacementsAccess {

    public record Provider(UUID id, String token, CompliancePlacements.TestProvider inner) {
    }

    private final CompliancePlacements fixtures;

    private CompliancePlacementsAccess(CompliancePlacements fixtures) {
        this.fixtures = fixtures;
    }

    public static CompliancePlacementsAccess of(Organisations organisations, Users users, ApiTokens tokens,
            ProviderDirectory directory) {
        return new CompliancePlacementsAccess(new CompliancePlacements(organisations, users, tokens, directory));
    }

    public Provider provider(String registration) {
        var p = fixtures.provider(registration);
        return new Provider(p.id(), p.token(), p);
    }

    /** A provider on another LA's directory (its staff belong to that LA). */
    public Provider provider(String registration, java.util.UUID localAuthority) {
        var p = fixtures.provider(registration, localAuthority);
        return new Provider(p.id(), p.token(), p);
    }

    public String pupil(Api api, String school, boolean lookedAfter) {
        return fixtures.pupil(api, school, lookedAfter);
    }

    /** Full time at the provider in the mornings, afternoons at the home school, tier 3. */
    public String activePlacement(Api api, String school, String pupil, Provider provider, String start) {
        return fixtures.activePlacement(api, school, pupil, provider.inner(), start, CompliancePlacements.mornings(),
                CompliancePlacements.afternoons());
    }
}
