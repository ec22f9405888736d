package org.waymark.compliance.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.waymark.compliance.Flags;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupils;

/** Turns an age filter (primary, secondary, post-16) into the LA's pupils of those school years today. */
@Component
class FlagAges {

    private final Pupils pupils;
    private final Clock clock;

    FlagAges(Pupils pupils, Clock clock) {
        this.pupils = pupils;
        this.clock = clock;
    }

    Flags.Filter narrow(SignedInUser user, Flags.Filter filter, String age) {
        if (age == null || age.isBlank()) {
            return filter;
        }
        int[] years = FlagQuery.AGES.get(age);
        return filter.pupils(pupils.idsInYearGroups(user.localAuthorityId(), years[0], years[1], LocalDate.now(clock)));
    }
}
