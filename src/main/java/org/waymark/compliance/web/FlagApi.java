package org.waymark.compliance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagRecord;
import org.waymark.compliance.Flags;
import org.waymark.compliance.Owner;
import org.waymark.compliance.Severity;
import org.waymark.compliance.SubjectType;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ListPage;

/** {@code GET /flags} of api.md: the flags about records in the caller's scope, open ones by default. */
@RestController
@RequestMapping("/api/v1/flags")
class FlagApi {

    /**
     * An item of api.md's {@code /flags}; {@code evidence} is the evidence as one text, {@code evidenceLines}
     * the same sentence by sentence.
     */
    record FlagJson(UUID id, FlagCode code, Severity severity, SubjectType subjectType, UUID subjectId,
            LocalDate since, Owner owner, String evidence, List<String> evidenceLines, boolean open,
            LocalDate closedOn, boolean acknowledged) {
        static FlagJson of(FlagRecord f) {
            return new FlagJson(f.id(), f.code(), f.severity(), f.subjectType(), f.subjectId(), f.since(), f.owner(),
                    String.join(" ", f.evidence()), f.evidence(), f.open(), f.closedOn(), f.acknowledged());
        }
    }

    private final Flags flags;

    FlagApi(Flags flags) {
        this.flags = flags;
    }

    @GetMapping
    ListPage<FlagJson> list(SignedInUser user, @RequestParam(required = false) String code,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId, @RequestParam(required = false) String schoolId,
            @RequestParam(required = false) String providerId, @RequestParam(required = false) Boolean openOnly,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int[] b = ListPage.bounds(page, size);
        ListPage<FlagRecord> found = flags.list(user, FlagQuery.parse(code, severity, subjectType, subjectId, schoolId,
                providerId, openOnly, sort), b[0], b[1]);
        return new ListPage<>(found.items().stream().map(FlagJson::of).toList(), found.page(), found.size(),
                found.total());
    }

    @GetMapping("/{id}")
    FlagJson one(SignedInUser user, @PathVariable UUID id) {
        return FlagJson.of(flags.find(user, id));
    }

    record NewAcknowledgement(String note) {
    }

    /** Acknowledging says what is being done; the flag stays open until the records show it is fixed. */
    @PostMapping("/{id}/acknowledgements")
    @ResponseStatus(HttpStatus.CREATED)
    List<Flags.Acknowledgement> acknowledge(SignedInUser user, @PathVariable UUID id,
            @RequestBody NewAcknowledgement body) {
        flags.acknowledge(user, id, body == null ? null : body.note());
        return flags.acknowledgements(user, id);
    }

    @GetMapping("/{id}/acknowledgements")
    List<Flags.Acknowledgement> acknowledgements(SignedInUser user, @PathVariable UUID id) {
        return flags.acknowledgements(user, id);
    }
}
