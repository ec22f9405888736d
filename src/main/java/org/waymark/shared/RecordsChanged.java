package org.waymark.shared;

import java.util.UUID;

/**
 * Published (inside the transaction) when records that the compliance rules read change — a placement, a
 * register, a review, a provider's status, a concern — so that the LA's flags are re-evaluated once it commits.
 * {@code what} narrows the work (decision 0402): when only attendance marks changed, only the rules that read
 * marks run; a provider's register, which arrives with many others at 09:30, has them run in the background.
 */
public record RecordsChanged(UUID localAuthorityId, What what) {

    public enum What {
        /** Anything the rules read: every rule runs before the change's request returns. */
        ANY,
        /** Only attendance marks (a school's follow-up of an absence): the mark rules run before it returns. */
        MARKS,
        /** A provider's register: the mark rules run in the background, coalesced with other registers. */
        REGISTER
    }

    public RecordsChanged(UUID localAuthorityId) {
        this(localAuthorityId, What.ANY);
    }

    public static RecordsChanged marks(UUID localAuthorityId) {
        return new RecordsChanged(localAuthorityId, What.MARKS);
    }

    public static RecordsChanged register(UUID localAuthorityId) {
        return new RecordsChanged(localAuthorityId, What.REGISTER);
    }
}
