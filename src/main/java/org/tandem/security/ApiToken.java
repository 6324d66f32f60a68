package org.tandem.security;

import java.time.Instant;

/** A personal API token as its owner sees it: never the secret, only its first characters. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {

    /** A token just created: the only moment its secret is known. */
    public record Created(ApiToken token, String secret) {
    }
}
