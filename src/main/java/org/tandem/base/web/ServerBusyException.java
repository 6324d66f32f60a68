package org.tandem.base.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Too much heavy work queued already: REST answers {@code 503} with {@code Retry-After} in seconds. */
public class ServerBusyException extends ProblemException {

    public ServerBusyException(String detail, int retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Busy", detail);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }
}
