package org.waymark.compliance;

import java.util.Objects;
import java.util.UUID;

/** Who must act on a flag: a school, a provider or a local authority, by id. */
public record Owner(OwnerType type, UUID id) {

    public Owner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Owner school(UUID id) {
        return new Owner(OwnerType.SCHOOL, id);
    }

    public static Owner provider(UUID id) {
        return new Owner(OwnerType.PROVIDER, id);
    }

    public static Owner localAuthority(UUID id) {
        return new Owner(OwnerType.LOCAL_AUTHORITY, id);
    }
}
