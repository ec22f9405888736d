/**
 * Quality assurance of providers (Manchester's QA protocol): QA plans and visits, the provider's
 * self-assessment, judgements across the five sections, signed-off reports, action plans with escalation to
 * suspension, the concerns register and the LA's termly evaluation of QA report quality.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality assurance")
package org.waymark.quality;
