package org.waymark.demo;

import org.waymark.organisation.Role;

/** A demo account as the README lists it. */
public record DemoAccount(Role role, String email, String token, String organisation) {
}
