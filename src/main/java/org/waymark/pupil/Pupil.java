package org.waymark.pupil;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A pupil's record. Derived facts (year group, compulsory school age) are computed from the date of birth;
 * pass the service clock's date, never {@code LocalDate.now()}.
 *
 * @param homeSchoolId       the school the pupil is on roll at, or null (no school place: the LA arranges education)
 * @param localAuthorityId   the LA responsible for the child
 * @param familyId           the family that may commission with an EHCP personal budget, or null
 * @param primaryNeed        null when the pupil has no SEN
 */
public record Pupil(UUID id, String upn, boolean temporaryUpn, String firstName, String lastName,
        String preferredName, LocalDate dateOfBirth, UUID homeSchoolId, UUID localAuthorityId, UUID familyId,
        SenStatus senStatus, PrimaryNeed primaryNeed, boolean ehcpPersonalBudget, boolean lookedAfter,
        boolean childProtectionPlan, boolean childInNeed, boolean freeSchoolMeals, int version) {

    /** The name to show: preferred first name (or legal first name) and last name. */
    /** Age in whole years on a date (shown to providers instead of the date of birth). */
    public int ageOn(LocalDate on) {
        return java.time.Period.between(dateOfBirth, on).getYears();
    }

    public String displayName() {
        String first = preferredName == null || preferredName.isBlank() ? firstName : preferredName;
        return first + " " + lastName;
    }

    public boolean ehcp() {
        return senStatus == SenStatus.EHCP;
    }

    public CompulsorySchoolAge compulsorySchoolAge() {
        return CompulsorySchoolAge.forBirthDate(dateOfBirth);
    }

    public boolean ofCompulsorySchoolAgeOn(LocalDate date) {
        return compulsorySchoolAge().covers(date);
    }

    /** "R", "1" … "13" for the academic year holding {@code on}, or empty outside those years. */
    public Optional<String> yearGroup(LocalDate on) {
        return YearGroup.label(dateOfBirth, on);
    }

    /** "Reception", "Year 9" … for the academic year holding {@code on}. */
    public String yearGroupName(LocalDate on) {
        return YearGroup.describe(dateOfBirth, on);
    }

    /** Reception to Year 6 on {@code on} (rule 12). */
    public boolean primaryAgeOn(LocalDate on) {
        return YearGroup.isPrimary(dateOfBirth, on);
    }

    /** Looked after, on a child protection plan or a child in need: a social worker is involved. */
    public boolean hasSocialWorker() {
        return lookedAfter || childProtectionPlan || childInNeed;
    }
}
