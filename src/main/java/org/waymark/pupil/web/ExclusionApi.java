package org.waymark.pupil.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Exclusion;
import org.waymark.pupil.Exclusions;
import org.waymark.shared.Problems;
import org.waymark.shared.web.JsonFields;

/** {@code GET/POST /api/v1/pupils/{id}/exclusions}: the school records, the LA reads. */
@RestController
class ExclusionApi {

    record ExclusionJson(UUID id, UUID pupilId, UUID schoolId, String kind, String censusCode, LocalDate date,
            Integer sessions, List<String> reasons, String note, int version) {
        static ExclusionJson of(Exclusion e) {
            return new ExclusionJson(e.id(), e.pupilId(), e.schoolId(), e.kind().name(), e.kind().censusCode(),
                    e.startDate(), e.sessions(), e.reasons().stream().map(Enum::name).toList(), e.note(), e.version());
        }
    }

    record ExclusionBody(String kind, String date, Integer sessions, List<String> reasons, String note) {
    }

    private final Exclusions exclusions;

    ExclusionApi(Exclusions exclusions) {
        this.exclusions = exclusions;
    }

    @GetMapping("/api/v1/pupils/{id}/exclusions")
    List<ExclusionJson> list(SignedInUser user, @PathVariable UUID id) {
        return exclusions.forPupil(user, id).stream().map(ExclusionJson::of).toList();
    }

    @PostMapping("/api/v1/pupils/{id}/exclusions")
    @ResponseStatus(HttpStatus.CREATED)
    ExclusionJson record(SignedInUser user, @PathVariable UUID id, @RequestBody ExclusionBody body) {
        Problems p = new Problems();
        LocalDate date = JsonFields.date(p, "date", body.date());
        p.throwIfAny();
        try {
            return ExclusionJson.of(exclusions.record(user, id, new Exclusions.Input(body.kind(), date, body.sessions(),
                    body.reasons(), body.note())));
        } catch (org.waymark.shared.InvalidInputException e) {
            // the API's field for the start date is "date"
            throw new org.waymark.shared.InvalidInputException(e.problems().stream()
                    .map(f -> f.field().equals("startDate") ? new org.waymark.shared.FieldProblem("date", f.message()) : f)
                    .toList());
        }
    }
}
