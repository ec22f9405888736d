package org.waymark.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.waymark.organisation.SignedInUser;

/**
 * What the demo foundation created, for the stories that build on it: schools and providers in the
 * order of {@link DemoData#SCHOOLS} and {@link DemoData#PROVIDERS}, and each demo account's user by token
 * (e.g. "demo-school-commissioner") to act as.
 */
public record DemoFoundation(UUID localAuthorityId, List<UUID> schoolIds, List<UUID> providerIds, UUID familyId,
        Map<String, SignedInUser> usersByToken) {

    public SignedInUser user(String token) {
        SignedInUser u = usersByToken.get(token);
        if (u == null) {
            throw new IllegalArgumentException("No demo account with token " + token);
        }
        return u;
    }
}
