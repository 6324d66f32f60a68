package org.tandem.glossary;

import org.springframework.http.HttpStatus;
import org.tandem.base.web.ProblemException;

/** No termbase with that id (REST: 404). */
public class GlossaryNotFoundException extends ProblemException {

    public GlossaryNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "Not found", "no termbase " + id);
    }
}
