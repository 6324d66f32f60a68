package org.tandem.document;

import org.springframework.http.HttpStatus;
import org.tandem.base.web.ProblemException;

/** No document or segment with that id (REST: 404). */
public class DocumentNotFoundException extends ProblemException {

    public DocumentNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "Not found", message);
    }
}
