package org.waymark.attendance;

import static org.waymark.attendance.AttendanceCategory.APPROVED_EDUCATIONAL_ACTIVITY;
import static org.waymark.attendance.AttendanceCategory.AUTHORISED_ABSENCE;
import static org.waymark.attendance.AttendanceCategory.NOT_POSSIBLE;
import static org.waymark.attendance.AttendanceCategory.PRESENT;
import static org.waymark.attendance.AttendanceCategory.UNAUTHORISED_ABSENCE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The codes in force until 18 August 2024 (Education (Pupil Registration) (England) Regulations 2006, as
 * amended), kept so that older marks are reported as they were recorded (dfe-reference §1.3: "do not silently
 * convert old B to K"). Differences from the 2024 set: no K, C1, C2, J1, Q, Y1–Y7; {@code J} (interview) counts
 * as approved educational activity; {@code H} (authorised holiday) exists; {@code Y} is one code.
 * {@code F} (withdrawn in 2013) is not included; see docs/decisions/0301-attendance-codes.md.
 */
public enum OldAttendanceCode implements RegisterCode {
    PRESENT_MORNING("/", "Present (AM)", PRESENT),
    PRESENT_AFTERNOON("\\", "Present (PM)", PRESENT),
    LATE_BEFORE_REGISTERS_CLOSED("L", "Late (before registers closed)", PRESENT),

    OFF_SITE_EDUCATIONAL_ACTIVITY("B", "Off-site educational activity", APPROVED_EDUCATIONAL_ACTIVITY),
    INTERVIEW("J", "At an interview with prospective employers or another educational establishment", APPROVED_EDUCATIONAL_ACTIVITY),
    SPORTING_ACTIVITY("P", "Participating in a supervised sporting activity", APPROVED_EDUCATIONAL_ACTIVITY),
    EDUCATIONAL_VISIT("V", "Educational visit or trip", APPROVED_EDUCATIONAL_ACTIVITY),
    WORK_EXPERIENCE("W", "Work experience", APPROVED_EDUCATIONAL_ACTIVITY),

    DUAL_REGISTERED("D", "Dual registered: at another educational establishment", NOT_POSSIBLE),

    OTHER_AUTHORISED("C", "Other authorised circumstances", AUTHORISED_ABSENCE),
    EXCLUDED_NO_PROVISION("E", "Excluded (no alternative provision made)", AUTHORISED_ABSENCE),
    AUTHORISED_HOLIDAY("H", "Authorised holiday", AUTHORISED_ABSENCE),
    ILLNESS("I", "Illness (not medical or dental appointments)", AUTHORISED_ABSENCE),
    MEDICAL_APPOINTMENT("M", "Medical or dental appointments", AUTHORISED_ABSENCE),
    RELIGIOUS_OBSERVANCE("R", "Religious observance", AUTHORISED_ABSENCE),
    STUDY_LEAVE("S", "Study leave", AUTHORISED_ABSENCE),
    TRAVELLER_ABSENCE("T", "Gypsy, Roma and Traveller absence", AUTHORISED_ABSENCE),

    HOLIDAY_NOT_AGREED("G", "Holiday not agreed, or days in excess of the agreement", UNAUTHORISED_ABSENCE),
    NO_REASON_YET("N", "No reason yet provided for absence", UNAUTHORISED_ABSENCE),
    OTHER_UNAUTHORISED("O", "Unauthorised absence not covered by any other code", UNAUTHORISED_ABSENCE),
    LATE_AFTER_REGISTERS_CLOSED("U", "Arrived after registers closed", UNAUTHORISED_ABSENCE),

    NOT_REQUIRED_TO_ATTEND("X", "Non-compulsory school age: not required to be in school", NOT_POSSIBLE),
    EXCEPTIONAL_CIRCUMSTANCES("Y", "Unable to attend due to exceptional circumstances", NOT_POSSIBLE),
    NOT_ON_ADMISSION_REGISTER("Z", "Pupil not on the admission register", NOT_POSSIBLE),
    PLANNED_CLOSURE("#", "Planned whole-school closure", NOT_POSSIBLE);

    private static final Map<String, OldAttendanceCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(OldAttendanceCode::code, Function.identity()));

    private final String code;
    private final String meaning;
    private final AttendanceCategory category;

    OldAttendanceCode(String code, String meaning, AttendanceCategory category) {
        this.code = code;
        this.meaning = meaning;
        this.category = category;
    }

    /** The pre-2024 code written as {@code code} (surrounding spaces and letter case ignored); empty when none. */
    public static Optional<OldAttendanceCode> of(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    @Override
    public AttendanceCategory category() {
        return category;
    }

    @Override
    public CodeSet codeSet() {
        return CodeSet.UNTIL_18_AUGUST_2024;
    }
}
