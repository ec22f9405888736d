package org.waymark.organisation;

import java.util.UUID;

/** Published in the creating transaction, so the calendar module can give the new LA its terms. */
public record LocalAuthorityCreated(UUID localAuthorityId) {
}
