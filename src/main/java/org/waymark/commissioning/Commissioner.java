package org.waymark.commissioning;

import java.util.UUID;

/** The commissioner of a placement: type, the id of the school, LA or family, and its name. */
public record Commissioner(CommissionerType type, UUID id, String name) {
}
