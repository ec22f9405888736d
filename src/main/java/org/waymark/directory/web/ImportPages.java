package org.waymark.directory.web;

import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.waymark.directory.DirectoryImports;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;

/** Uploading a GIAS extract or a providers spreadsheet, its preview with per-row problems, and applying it. */
@Controller
class ImportPages {

    private final DirectoryImports imports;

    ImportPages(DirectoryImports imports) {
        this.imports = imports;
    }

    @GetMapping("/directory/imports")
    String page(SignedInUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("recent", imports.recent(user));
        model.addAttribute("columns", DirectoryImports.SHEET_COLUMNS);
        return "directory/imports";
    }

    @PostMapping("/directory/imports")
    String upload(SignedInUser user, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        requireAdmin(user);
        try {
            DirectoryImports.Kind k;
            try {
                k = DirectoryImports.Kind.valueOf(kind == null ? "" : kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "Choose what the file is");
            }
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Choose a CSV file to upload");
            }
            UUID id = imports.upload(user, k, file.getOriginalFilename(), file.getBytes());
            return "redirect:/directory/imports/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("kind", kind);
            Forms.reject(model, e.problems());
            return page(user, model);
        }
    }

    @GetMapping("/directory/imports/{id}")
    String preview(SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("preview", imports.preview(user, id));
        return "directory/import-preview";
    }

    @PostMapping("/directory/imports/{id}")
    String apply(SignedInUser user, @PathVariable UUID id) {
        imports.apply(user, id);
        return "redirect:/directory/imports/" + id + "?applied";
    }

    private static void requireAdmin(SignedInUser user) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin imports");
        }
    }
}
