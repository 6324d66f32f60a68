package org.tandem.document;

/** A status change the review workflow does not allow (a rejection without a reason, approving an empty target). */
public class InvalidStatusException extends RuntimeException {

    public InvalidStatusException(String message) {
        super(message);
    }
}
