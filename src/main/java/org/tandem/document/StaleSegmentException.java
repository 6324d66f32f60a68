package org.tandem.document;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tandem.base.web.ProblemException;

/**
 * Someone saved the segment since the editor loaded it: nothing was written; {@link #current()} is theirs. REST:
 * 409 with the {@code current} segment.
 */
public class StaleSegmentException extends ProblemException {

    private final transient Segment current;

    public StaleSegmentException(Segment current) {
        super(HttpStatus.CONFLICT, "Edit conflict", "Segment " + current.index() + " was changed by someone else (now "
                + "version " + current.version() + "); reload it and apply your edit again.",
                Map.of("current", SegmentJson.of(current)), null);
        this.current = current;
    }

    public Segment current() {
        return current;
    }
}
