package org.tandem.qa;

import java.util.List;

/**
 * One problem found in a target.
 *
 * @param checkId     the stable id of the check that found it
 * @param category    MQM 2.0 category path, e.g. {@code linguistic-conventions/punctuation} ({@link Categories})
 * @param start       UTF-16 offset into the target text as stored (with placeholder tokens)
 * @param end         exclusive end offset; equal to start for something missing at that point
 * @param suggestions replacements for the span, best first
 * @param itsType     the ITS 2.0 Localization Quality Issue type
 * @param rule        the rule of the check that fired (a LanguageTool rule id), for details; null for none
 */
public record Issue(String checkId, String category, Severity severity, int start, int end, String message,
                    List<String> suggestions, String itsType, String rule) {

    /** The rule of an issue that says a check could not run yet (its servers did not answer): see {@link #pending()}. */
    public static final String PENDING_RULE = "CHECK_PENDING";

    public Issue {
        suggestions = List.copyOf(suggestions);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** An issue of a check that has no rules of its own. */
    public Issue(String checkId, String category, Severity severity, int start, int end, String message,
                 List<String> suggestions, String itsType) {
        this(checkId, category, severity, start, end, message, suggestions, itsType, null);
    }

    /**
     * Whether this says that a check could not run yet rather than that something is wrong: such a result is not
     * kept, so the segment is checked again.
     */
    public boolean pending() {
        return PENDING_RULE.equals(rule);
    }
}
