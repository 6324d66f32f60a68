package org.tandem.base.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure that knows how REST answers it: an RFC 9457 problem with its status, title, detail and any further
 * properties. Spring MVC writes it as {@code application/problem+json}; elsewhere (the workbench, the batch command)
 * it is a plain exception whose message is the detail.
 */
public class ProblemException extends ErrorResponseException {

    public ProblemException(HttpStatus status, String title, String detail) {
        this(status, title, detail, Map.of(), null);
    }

    public ProblemException(HttpStatus status, String title, String detail, Map<String, Object> properties,
                            Throwable cause) {
        super(status, problem(status, title, detail, properties), cause);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail,
                                         Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** The detail, as users read it (Spring's own message would add the status and the whole body). */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
