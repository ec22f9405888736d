package org.waymark.compliance;

/** A register session. */
public enum Session { AM, PM }
