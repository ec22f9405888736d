/** What each role sees first: home pages, and (later) the LA's dashboards, benchmarking and exports. */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package org.waymark.oversight;
