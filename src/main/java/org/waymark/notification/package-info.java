/** E-mail through a transactional outbox, and in-app notices. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.waymark.notification;
