package org.waymark.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement and privacy notice, open to everyone. */
@Controller
class InformationPages {

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "privacy";
    }
}
