package org.waymark.compliance;

/** Why a reduced timetable was agreed (rule 5). */
public enum ReducedTimetableReason { MEDICAL, AGREED_PART_TIME }
