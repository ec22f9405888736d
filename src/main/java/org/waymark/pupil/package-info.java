/**
 * Pupil records: UPN with its check letter, names, date of birth, home school, SEN and safeguarding status,
 * the derived year group and compulsory school age (rule 1), Tier 1 support and partners' read grants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pupils")
package org.waymark.pupil;
