/** Who viewed or changed which child's record, and when. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.waymark.audit;
