/** Demo data for the embedded database: a fictional LA, its schools, providers and one account per role. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.waymark.demo;
