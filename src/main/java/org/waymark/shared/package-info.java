/**
 * What every module shares: the clock, errors (not found, conflict, invalid input) and how they
 * reach a page or an API caller, security headers, list pages. Open to every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.waymark.shared;
