package org.waymark.commissioning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.commissioning.NewPlacement;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.SlotInput;
import org.waymark.commissioning.TimetableSlot;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;
import org.waymark.shared.web.JsonFields;

/** {@code /placements} of api.md: create, read, list and the lifecycle. */
@RestController
@RequestMapping("/api/v1")
class PlacementApi {

    record SlotJson(String day, String start, String end, String settingName) {
        static SlotJson of(TimetableSlot s) {
            return new SlotJson(s.day().name(), s.start().toString(), s.end().toString(), s.settingName());
        }

        SlotInput input() {
            return new SlotInput(day, start, end, settingName);
        }
    }

    record CommissionerJson(String type, UUID id, String name) {
    }

    record ReducedJson(String reason, Boolean parentAgreed, String endDate, String reviewDate) {
    }

    record PlacementJson(UUID id, UUID pupilId, String pupilName, UUID providerId, String providerName,
            CommissionerJson commissioner, LocalDate startDate, LocalDate plannedEndDate, LocalDate endDate, int tier,
            String route, String registrationArrangement, List<SlotJson> timetable,
            List<SlotJson> homeSchoolTimetable, List<SlotJson> otherTimetable, int reviewIntervalWeeks,
            LocalDate nextReviewDate, ReducedJson reducedTimetable, String shorterDayReason, String status,
            BigDecimal weeklyHours, int daysPerWeek, boolean fullTimeAtProvider, int lengthInTerms,
            boolean moreThanOneTerm, UUID homeSchoolId, UUID localAuthorityId, LocalDate proposedOn,
            LocalDate acceptedOn, String declineReason, LocalDate activatedOn, String outcome, boolean dueDiligenceComplete,
            int version) {

        static PlacementJson of(PlacementSummary s) {
            var r = s.reducedTimetable();
            return new PlacementJson(s.id(), s.pupilId(), s.pupilName(), s.providerId(), s.providerName(),
                    new CommissionerJson(s.commissioner().type().name(), s.commissioner().id(), s.commissioner().name()),
                    s.startDate(), s.plannedEndDate(), s.endedOn(), s.tier(), s.route().name(),
                    s.registrationArrangement().name(), slots(s.timetable()), slots(s.homeSchoolTimetable()),
                    slots(s.otherTimetable()), s.reviewIntervalWeeks(), s.nextReviewDate(),
                    r == null ? null : new ReducedJson(r.reason(), r.parentAgreed(), str(r.endDate()), str(r.reviewDate())),
                    s.shorterDayReason(), s.status().name(), s.weeklyHours(), s.daysPerWeek(), s.fullTimeAtProvider(),
                    s.lengthInTerms(), s.moreThanOneTerm(), s.homeSchoolId(), s.localAuthorityId(), s.proposedOn(),
                    s.acceptedOn(), s.declineReason(), s.activatedOn(), s.endOutcome(), s.dueDiligenceComplete(),
                    s.version());
        }

        private static List<SlotJson> slots(List<TimetableSlot> slots) {
            return slots.stream().map(SlotJson::of).toList();
        }

        private static String str(LocalDate d) {
            return d == null ? null : d.toString();
        }
    }

    record CommissionerBody(String type, String id) {
    }

    record PlacementBody(String pupilId, String providerId, CommissionerBody commissioner, String startDate,
            String plannedEndDate, Integer tier, String route, String registrationArrangement, List<SlotJson> timetable,
            List<SlotJson> homeSchoolTimetable, List<SlotJson> otherTimetable, Integer reviewIntervalWeeks,
            ReducedJson reducedTimetable, String shorterDayReason, String providerContact, Integer version) {

        NewPlacement input() {
            Problems p = new Problems();
            UUID pupil = JsonFields.id(p, "pupilId", pupilId);
            UUID provider = JsonFields.id(p, "providerId", providerId);
            UUID commissionerId = commissioner == null ? null : JsonFields.id(p, "commissioner.id", commissioner.id());
            LocalDate start = JsonFields.date(p, "startDate", startDate);
            LocalDate end = JsonFields.date(p, "plannedEndDate", plannedEndDate);
            NewPlacement.ReducedInput reduced = null;
            if (reducedTimetable != null) {
                reduced = new NewPlacement.ReducedInput(reducedTimetable.reason(), reducedTimetable.parentAgreed(),
                        JsonFields.date(p, "reducedTimetable.endDate", reducedTimetable.endDate()),
                        JsonFields.date(p, "reducedTimetable.reviewDate", reducedTimetable.reviewDate()));
            }
            p.throwIfAny();
            return new NewPlacement(pupil, provider, commissioner == null ? null : commissioner.type(), commissionerId,
                    start, end, tier, route, registrationArrangement, inputs(timetable), inputs(homeSchoolTimetable),
                    inputs(otherTimetable), reviewIntervalWeeks, reduced, shorterDayReason, providerContact);
        }

        private static List<SlotInput> inputs(List<SlotJson> slots) {
            return slots == null ? List.of() : slots.stream().map(s -> s == null ? null : s.input()).toList();
        }
    }

    record ReasonBody(String reason) {
    }

    record EndBody(String endDate, String outcome, String notes) {
    }

    record ExtendBody(String newEndDate, String reason) {
    }

    private final Placements placements;

    PlacementApi(Placements placements) {
        this.placements = placements;
    }

    @PostMapping("/placements")
    @ResponseStatus(HttpStatus.CREATED)
    PlacementJson create(SignedInUser user, @RequestBody PlacementBody body) {
        if (!Placements.mayCommission(user)) {
            throw new org.waymark.shared.ForbiddenException("Your role does not commission placements");
        }
        return PlacementJson.of(placements.create(user, body.input()));
    }

    @GetMapping("/placements")
    ListPage<PlacementJson> list(SignedInUser user, @RequestParam(required = false) String pupilId,
            @RequestParam(required = false) String providerId, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Problems p = new Problems();
        UUID pupil = JsonFields.id(p, "pupilId", pupilId);
        UUID provider = JsonFields.id(p, "providerId", providerId);
        PlacementStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = PlacementStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                p.add("status", "Status is one of DRAFT, PROPOSED, ACTIVE, ENDED, CANCELLED");
            }
        }
        p.throwIfAny();
        int[] b = ListPage.bounds(page, size);
        return new ListPage<>(placements.list(user, pupil, provider, st, b[0], b[1]).stream().map(PlacementJson::of)
                .toList(), b[0], b[1], placements.count(user, pupil, provider, st));
    }

    @GetMapping("/placements/{id}")
    PlacementJson get(SignedInUser user, @PathVariable UUID id) {
        return PlacementJson.of(placements.summary(user, id));
    }

    @PutMapping("/placements/{id}")
    PlacementJson update(SignedInUser user, @PathVariable UUID id, @RequestBody PlacementBody body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Send the version of the placement you changed");
        }
        return PlacementJson.of(placements.update(user, id, body.version(), body.input()));
    }

    @PostMapping("/placements/{id}/propose")
    PlacementJson propose(SignedInUser user, @PathVariable UUID id) {
        return PlacementJson.of(placements.propose(user, id));
    }

    @PostMapping("/placements/{id}/accept")
    PlacementJson accept(SignedInUser user, @PathVariable UUID id) {
        return PlacementJson.of(placements.accept(user, id));
    }

    @PostMapping("/placements/{id}/decline")
    PlacementJson decline(SignedInUser user, @PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
        return PlacementJson.of(placements.decline(user, id, body == null ? null : body.reason()));
    }

    @PostMapping("/placements/{id}/activate")
    PlacementJson activate(SignedInUser user, @PathVariable UUID id) {
        return PlacementJson.of(placements.activate(user, id));
    }

    @PostMapping("/placements/{id}/end")
    PlacementJson end(SignedInUser user, @PathVariable UUID id, @RequestBody(required = false) EndBody body) {
        Problems p = new Problems();
        LocalDate end = body == null ? null : JsonFields.date(p, "endDate", body.endDate());
        p.throwIfAny();
        return PlacementJson.of(placements.end(user, id, end, body == null ? null : body.outcome(),
                body == null ? null : body.notes()));
    }

    @PostMapping("/placements/{id}/cancel")
    PlacementJson cancel(SignedInUser user, @PathVariable UUID id, @RequestBody(required = false) ReasonBody body) {
        return PlacementJson.of(placements.cancel(user, id, body == null ? null : body.reason()));
    }

    @PostMapping("/placements/{id}/extensions")
    PlacementJson extend(SignedInUser user, @PathVariable UUID id, @RequestBody(required = false) ExtendBody body) {
        Problems p = new Problems();
        LocalDate end = body == null ? null : JsonFields.date(p, "newEndDate", body.newEndDate());
        p.throwIfAny();
        return PlacementJson.of(placements.extend(user, id, end, body == null ? null : body.reason()));
    }
}
