package org.waymark.attendance;

/** The two registered sessions of a school day: morning and afternoon. */
public enum Session {
    AM, PM
}
