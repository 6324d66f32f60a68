package org.tandem.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/** Signs in the owner of a bearer token, for the API's filter (before anyone is signed in). */
@Component
class BearerTokens {

    /** "Last used" is written at most this often per token (not a database write per request). */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository repository;
    private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

    BearerTokens(ApiTokenRepository repository) {
        this.repository = repository;
    }

    /** The sign-in a bearer secret stands for, if it is a live token of an enabled user. */
    Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiTokenService.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Owner> owner = repository.owner(ApiTokenService.hash(secret))
                .filter(ApiTokenRepository.Owner::enabled);
        return owner.map(found -> {
            Instant now = Instant.now();
            Instant last = touched.get(found.tokenId());
            if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
                touched.put(found.tokenId(), now);
                repository.touch(found.tokenId(), now);
            }
            User principal = new User(found.username(), "", found.role().authorities());
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        });
    }

    void forget(long id) {
        touched.remove(id);
    }
}
