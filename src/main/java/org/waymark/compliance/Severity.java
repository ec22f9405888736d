package org.waymark.compliance;

/** How urgent a flag is (docs/decisions/0400-flag-severities-and-owners.md). */
public enum Severity { INFO, WARNING, CRITICAL }
