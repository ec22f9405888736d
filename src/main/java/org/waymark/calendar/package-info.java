/** Academic years, terms and closure days per local authority: which days are school days. */
@org.springframework.modulith.ApplicationModule(displayName = "Academic calendar")
package org.waymark.calendar;
