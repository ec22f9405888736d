package org.waymark.pupil;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a user enters for a pupil. Enumerations are kept as typed (strings) so that a wrong value is reported
 * on its field rather than failing earlier.
 */
public record PupilDetails(String upn, String firstName, String lastName, String preferredName,
        LocalDate dateOfBirth, UUID homeSchoolId, UUID familyId, String senStatus, String primaryNeed,
        boolean ehcpPersonalBudget, boolean lookedAfter, boolean childProtectionPlan, boolean childInNeed,
        boolean freeSchoolMeals) {
}
