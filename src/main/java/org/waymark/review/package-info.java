/**
 * Reviews of placements (Oxfordshire Appendix A), their schedule and reminders, termly progress reports by the
 * provider, the ending of a placement with its final report and the pupil's own view, destination checks for
 * Year 11 leavers and end-of-placement feedback from the pupil and the family.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews and outcomes")
package org.waymark.review;
