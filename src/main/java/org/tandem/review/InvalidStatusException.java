package org.tandem.review;

import org.springframework.http.HttpStatus;
import org.tandem.base.web.ProblemException;

/**
 * A status change the review workflow does not allow (a rejection without a reason, approving an empty target);
 * REST: 422.
 */
public class InvalidStatusException extends ProblemException {

    public InvalidStatusException(String message) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Status refused", message);
    }
}
