package org.tandem.document;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.tandem.base.web.ProblemException;

/**
 * An edit that would break the segment (drop or damage an inline code, or hold characters XML forbids); nothing was
 * written. REST: 422 with the {@code problems}.
 */
public class InvalidEditException extends ProblemException {

    private final List<String> problems;

    public InvalidEditException(int index, List<String> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "Edit refused", "Segment " + index + " was not saved: "
                + String.join(" ", problems), Map.of("problems", List.copyOf(problems)), null);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
