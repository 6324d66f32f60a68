package org.tandem.document;

/** Someone saved the segment since the editor loaded it: nothing was written; {@link #current()} is theirs. */
public class StaleSegmentException extends RuntimeException {

    private final transient Segment current;

    public StaleSegmentException(Segment current) {
        super("Segment " + current.index() + " was changed by someone else (now version " + current.version()
                + "); reload it and apply your edit again.");
        this.current = current;
    }

    public Segment current() {
        return current;
    }
}
