package org.waymark.attendance;

/**
 * What the home school writes on its own register for a session the pupil spent (or should have spent) at the
 * provider, so the school's statutory register agrees with the provider's marks.
 *
 * <ul>
 * <li><b>Dual registration</b> → {@code D} for every session, present or absent: the provider is then a school
 * with its own statutory register, which records the attendance or absence; the home school counts the session
 * as not possible ("attending or required to attend another school", 2024 Regulations).</li>
 * <li>Otherwise a <b>present</b> mark ({@code /}, {@code \}, {@code L}) becomes {@code B} when the school arranged
 * the provision, {@code K} when the local authority did. A parent commissions only with an EHCP personal budget,
 * which secures the plan's provision for the LA (s.42 CFA 2014), so it is {@code K} too.</li>
 * <li>Every other mark passes through as recorded: absences (the school then authorises or not), not-possible
 * codes, and approved educational activity codes ({@code V}, {@code P}, {@code W}…) that already say where the
 * pupil was and count as attendance.</li>
 * <li>Before 19 August 2024 there was no {@code K}: LA-arranged provision was {@code B} (dfe-reference §1.3).</li>
 * </ul>
 */
public final class HomeSchoolCode {

    /** The pupil's registration while placed (same names as the placement's registration arrangement). */
    public enum Arrangement {
        SINGLE, DUAL, OFF_SITE_DIRECTION
    }

    /** Who commissioned the placement (same names as the placement's commissioner type). */
    public enum ArrangedBy {
        SCHOOL, LOCAL_AUTHORITY, PARENT
    }

    private HomeSchoolCode() {
    }

    /** The home school's code for the session of {@code providerMark}, in the code set of the mark's date. */
    public static RegisterCode forMark(Mark providerMark, Arrangement arrangement, ArrangedBy arrangedBy) {
        RegisterCode recorded = providerMark.code();
        CodeSet codes = recorded.codeSet();
        if (arrangement == Arrangement.DUAL) {
            return code(codes, "D");
        }
        if (recorded.category() != AttendanceCategory.PRESENT) {
            return recorded;
        }
        if (arrangedBy == ArrangedBy.SCHOOL || codes == CodeSet.UNTIL_18_AUGUST_2024) {
            return code(codes, "B");
        }
        return code(codes, "K");
    }

    private static RegisterCode code(CodeSet codes, String code) {
        return codes.lookUp(code).orElseThrow();
    }
}
