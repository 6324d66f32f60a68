package org.tandem.base.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Too much heavy work queued already: REST answers {@code 503} with {@code Retry-After} in seconds. */
public class ServerBusyException extends ProblemException {

    private final int retryAfterSeconds;

    public ServerBusyException(String detail, int retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Busy", detail);
        this.retryAfterSeconds = retryAfterSeconds;
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
