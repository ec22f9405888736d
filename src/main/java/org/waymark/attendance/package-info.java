/**
 * Attendance at placements: the DfE register codes, expected sessions, summaries and attendance concerns.
 * The types at the top of this package are plain Java rules with no database, so pages, API and flags share them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package org.waymark.attendance;
