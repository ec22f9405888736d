package org.waymark.directory;

import java.util.UUID;

/** A lot of an LA's AP framework (Manchester's FPS lots 1–10 by default); LA-editable data. */
public record FrameworkLot(UUID id, UUID localAuthorityId, int number, String name, String description, int version) {

    public String label() {
        return "Lot " + number + ": " + name;
    }
}
