/**
 * The rules of domain.md evaluated into flags, with their evidence. The rules are plain Java: they take facts
 * (records fed from the other modules' data) and a date, read no clock and touch no database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package org.waymark.compliance;
