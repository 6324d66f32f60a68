package org.tandem.document;

import java.util.List;

/** An edit that would break the segment (drop or damage an inline code, or hold characters XML forbids). */
public class InvalidEditException extends RuntimeException {

    private final List<String> problems;

    public InvalidEditException(int index, List<String> problems) {
        super("Segment " + index + " was not saved: " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
