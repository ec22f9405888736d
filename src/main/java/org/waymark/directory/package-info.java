/** The provider directory and framework: lots, applications and checks, approval status, publication. */
@org.springframework.modulith.ApplicationModule(displayName = "Provider directory")
package org.waymark.directory;
