package org.tandem.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tandem.base.web.FieldLength;

/**
 * Personal API tokens: a signed-in user creates one (shown once), sends it as {@code Authorization: Bearer …}, and
 * revokes it. A token is 256 random bits, so a fast hash (SHA-256) is enough to keep it safe at rest, and checking
 * one costs a lookup by that hash instead of a password hash per request (HTTP Basic stays for scripts). A token
 * signs in as its owner with the owner's current role; a disabled or deleted owner's tokens stop working at once.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class ApiTokenService {

    /** What every token starts with, so that secret scanners and people recognise one. */
    static final String PREFIX = "tdm_";
    static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository repository;
    private final BearerTokens bearer;

    ApiTokenService(ApiTokenRepository repository, BearerTokens bearer) {
        this.repository = repository;
        this.bearer = bearer;
    }

    /** Creates a token of the signed-in user; the secret in the answer is never shown again. */
    public ApiToken.Created create(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new IllegalArgumentException("Give the token a name (what uses it, e.g. \"CI pipeline\").");
        }
        FieldLength.require("token name", label, MAX_NAME);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String user = CurrentUser.name();
        long id = repository.insert(user, label, hash(secret), secret.substring(0, 10));
        ApiToken token = repository.forUser(user).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        return new ApiToken.Created(token, secret);
    }

    /** The signed-in user's tokens, oldest first. */
    public List<ApiToken> tokens() {
        return repository.forUser(CurrentUser.name());
    }

    /** Revokes one of the signed-in user's tokens: the next request with it gets 401. */
    public boolean revoke(long id) {
        bearer.forget(id);
        return repository.delete(CurrentUser.name(), id);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
