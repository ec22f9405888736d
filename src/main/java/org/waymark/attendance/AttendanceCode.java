package org.waymark.attendance;

import static org.waymark.attendance.AttendanceCategory.APPROVED_EDUCATIONAL_ACTIVITY;
import static org.waymark.attendance.AttendanceCategory.AUTHORISED_ABSENCE;
import static org.waymark.attendance.AttendanceCategory.NOT_POSSIBLE;
import static org.waymark.attendance.AttendanceCategory.PRESENT;
import static org.waymark.attendance.AttendanceCategory.UNAUTHORISED_ABSENCE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The attendance and absence codes in force from 19 August 2024 (School Attendance (Pupil Registration)
 * (England) Regulations 2024, reg. 10), exactly the set of dfe-reference §1.2. The MIS placeholder {@code -}
 * is not a DfE code and is deliberately absent: a session without a real code has no mark.
 */
public enum AttendanceCode implements RegisterCode {
    PRESENT_MORNING("/", "Present (AM) at the start of the register", PRESENT),
    PRESENT_AFTERNOON("\\", "Present (PM) at the start of the register", PRESENT),
    LATE_BEFORE_REGISTER_CLOSED("L", "Late arrival before the register has closed", PRESENT),

    LA_ARRANGED_PROVISION("K", "Attending education provision arranged by the local authority", APPROVED_EDUCATIONAL_ACTIVITY),
    EDUCATIONAL_VISIT("V", "Attending an educational visit or trip", APPROVED_EDUCATIONAL_ACTIVITY),
    SPORTING_ACTIVITY("P", "Participating in a supervised sporting activity", APPROVED_EDUCATIONAL_ACTIVITY),
    WORK_EXPERIENCE("W", "Attending work experience", APPROVED_EDUCATIONAL_ACTIVITY),
    OTHER_APPROVED_ACTIVITY("B", "Attending any other approved educational activity", APPROVED_EDUCATIONAL_ACTIVITY),

    DUAL_REGISTERED("D", "Dual registered: attending or required to attend another school", NOT_POSSIBLE),

    PERFORMANCE_OR_EMPLOYMENT_ABROAD("C1", "Leave of absence: regulated performance or employment abroad", AUTHORISED_ABSENCE),
    MEDICAL_APPOINTMENT("M", "Leave of absence: medical or dental appointment", AUTHORISED_ABSENCE),
    INTERVIEW("J1", "Leave of absence: interview for employment or another educational institution", AUTHORISED_ABSENCE),
    STUDY_LEAVE("S", "Leave of absence: study leave for a public examination", AUTHORISED_ABSENCE),
    NOT_OF_COMPULSORY_SCHOOL_AGE("X", "Non-compulsory school age pupil not required to attend", NOT_POSSIBLE),
    PART_TIME_TIMETABLE("C2", "Leave of absence: part-time timetable", AUTHORISED_ABSENCE),
    EXCEPTIONAL_CIRCUMSTANCES("C", "Leave of absence for exceptional circumstances", AUTHORISED_ABSENCE),
    PARENT_TRAVELLING_FOR_WORK("T", "Parent travelling for occupational purposes", AUTHORISED_ABSENCE),
    RELIGIOUS_OBSERVANCE("R", "Religious observance", AUTHORISED_ABSENCE),
    ILLNESS("I", "Illness (not a medical or dental appointment)", AUTHORISED_ABSENCE),
    EXCLUDED_NO_PROVISION("E", "Suspended or permanently excluded and no alternative provision made", AUTHORISED_ABSENCE),

    NO_ACCESS_ARRANGEMENTS("Q", "Unable to attend: lack of access arrangements", NOT_POSSIBLE),
    NO_TRANSPORT("Y1", "Unable to attend: transport normally provided not available", NOT_POSSIBLE),
    TRAVEL_DISRUPTION("Y2", "Unable to attend: widespread disruption to travel", NOT_POSSIBLE),
    PART_OF_PREMISES_CLOSED("Y3", "Unable to attend: part of the school premises closed", NOT_POSSIBLE),
    SCHOOL_CLOSED_UNEXPECTEDLY("Y4", "Unable to attend: whole school site unexpectedly closed", NOT_POSSIBLE),
    IN_DETENTION("Y5", "Unable to attend: in criminal justice detention", NOT_POSSIBLE),
    PUBLIC_HEALTH("Y6", "Unable to attend: public health guidance or law", NOT_POSSIBLE),
    OTHER_UNAVOIDABLE_CAUSE("Y7", "Unable to attend: any other unavoidable cause", NOT_POSSIBLE),

    HOLIDAY_NOT_GRANTED("G", "Holiday not granted by the school", UNAUTHORISED_ABSENCE),
    NO_REASON_YET("N", "Reason for absence not yet established", UNAUTHORISED_ABSENCE),
    OTHER_UNAUTHORISED("O", "Absent in other or unknown circumstances", UNAUTHORISED_ABSENCE),
    LATE_AFTER_REGISTER_CLOSED("U", "Arrived after the register closed", UNAUTHORISED_ABSENCE),

    NOT_ON_ADMISSION_REGISTER("Z", "Prospective pupil not on the admission register", NOT_POSSIBLE),
    PLANNED_CLOSURE("#", "Planned whole-school closure", NOT_POSSIBLE);

    private static final Map<String, AttendanceCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AttendanceCode::code, Function.identity()));

    private final String code;
    private final String meaning;
    private final AttendanceCategory category;

    AttendanceCode(String code, String meaning, AttendanceCategory category) {
        this.code = code;
        this.meaning = meaning;
        this.category = category;
    }

    /** The 2024 code written as {@code code} (surrounding spaces and letter case ignored); empty when none. */
    public static Optional<AttendanceCode> of(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The code as it reads on a register of {@code date}: the old set before 19 August 2024, this set on or
     * after. Empty when that day's set has no such code (e.g. {@code K} in 2023, {@code H} in 2025).
     */
    public static Optional<RegisterCode> forDate(String code, LocalDate date) {
        return CodeSet.forDate(date).lookUp(code);
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
        return CodeSet.FROM_19_AUGUST_2024;
    }
}
