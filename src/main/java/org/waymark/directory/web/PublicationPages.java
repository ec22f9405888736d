package org.waymark.directory.web;

import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.directory.DirectoryEditions;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;

/** The annual publication: editions to download, and publishing a new one (LA admin). */
@Controller
class PublicationPages {

    private final DirectoryEditions editions;

    PublicationPages(DirectoryEditions editions) {
        this.editions = editions;
    }

    @GetMapping("/directory/editions")
    String list(SignedInUser user, Model model) {
        model.addAttribute("editions", editions.of(user));
        model.addAttribute("canPublish", user.role() == Role.LA_ADMIN);
        model.addAttribute("years", editions.academicYears(user.localAuthorityId()));
        return "directory/editions";
    }

    @PostMapping("/directory/editions")
    String publish(SignedInUser user, @RequestParam(required = false) String academicYear, Model model) {
        try {
            editions.publish(user, academicYear);
            return "redirect:/directory/editions?published";
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return list(user, model);
        }
    }

    @GetMapping("/directory/editions/{id}.pdf")
    ResponseEntity<byte[]> pdf(SignedInUser user, @PathVariable UUID id) {
        DirectoryEditions.Edition e = editions.get(user, id);
        return download(editions.pdf(user, id), MediaType.APPLICATION_PDF, e.fileName("pdf"));
    }

    @GetMapping("/directory/editions/{id}.csv")
    ResponseEntity<byte[]> csv(SignedInUser user, @PathVariable UUID id) {
        DirectoryEditions.Edition e = editions.get(user, id);
        return download(editions.csv(user, id), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                e.fileName("csv"));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
