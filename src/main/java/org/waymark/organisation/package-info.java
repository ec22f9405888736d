/**
 * Local authorities, schools, providers and families as organisations; users, their roles and what
 * each may see (scope); sign-in, password reset and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and users")
package org.waymark.organisation;
