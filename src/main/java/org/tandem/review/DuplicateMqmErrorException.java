package org.tandem.review;

import org.springframework.http.HttpStatus;
import org.tandem.base.web.ProblemException;

/** The span of the target is marked with that MQM category already: nothing was added (REST: 409). */
public class DuplicateMqmErrorException extends ProblemException {

    public DuplicateMqmErrorException(String message) {
        super(HttpStatus.CONFLICT, "Already marked", message);
    }
}
