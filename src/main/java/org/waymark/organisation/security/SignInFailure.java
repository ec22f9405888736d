package org.waymark.organisation.security;

import java.io.Serializable;

/** What the sign-in page shows after a failed attempt: the address typed, the field at fault, the message. */
public record SignInFailure(String email, String field, String message) implements Serializable {
}
