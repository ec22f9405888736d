package org.waymark.organisation;

import java.util.UUID;

public record LocalAuthority(UUID id, String code, String name) {
}
