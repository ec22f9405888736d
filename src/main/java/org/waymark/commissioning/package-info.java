/**
 * Commissioning AP: the decision (MIAPS template, rule 7), due diligence, the AP support plan (Oxfordshire
 * Appendix A), placements with their weekly timetables across settings, their lifecycle, extensions and the
 * printable placement record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning and placements")
package org.waymark.commissioning;
