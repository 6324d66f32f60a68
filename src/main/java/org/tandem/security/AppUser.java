package org.tandem.security;

import java.time.Instant;

/** A person who signs in. The password hash never leaves the repository. */
public record AppUser(long id, String username, Role role, boolean enabled, Instant createdAt) {
}
