package org.waymark.oversight.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.LaOverview;

/** {@code GET /oversight/summary} of api.md, for LA roles. */
@RestController
class OversightApi {

    private final LaOverview overview;

    OversightApi(LaOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/v1/oversight/summary")
    LaOverview.Summary summary(SignedInUser user) {
        return overview.summary(user);
    }
}
