package org.tandem.base.web;

import org.springframework.http.HttpStatus;

/** A REST call that lacks what it needs, or says it in a form the call does not take: 400. */
public class BadRequestException extends ProblemException {

    public BadRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, "Bad request", message);
    }
}
