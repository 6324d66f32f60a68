package org.tandem.io;

import java.util.Locale;

/**
 * A segment's place in the review workflow as XLIFF files say it. The names match the workbench's statuses.
 *
 * <p>XLIFF 1.2: {@code <target state>} with {@code needs-review-translation} (rejected, with a
 * {@code state-qualifier} of {@code rejected-…}), {@code translated}, {@code signed-off} (reviewed), {@code final}
 * (approved), and {@code <trans-unit approved="yes">}. XLIFF 2.x: {@code <segment state>} {@code initial},
 * {@code translated}, {@code reviewed}, {@code final}; a rejection is {@code translated} with
 * {@code subState="tandem:rejected"}, 2.x having no state of its own for it.
 */
public enum FileState {
    NEW, TRANSLATED, REVIEWED, APPROVED, REJECTED;

    /** The {@code subState} Tandem writes on a rejected XLIFF 2 segment. */
    static final String REJECTED_SUBSTATE = "tandem:rejected";
    /** The {@code state-qualifier} Tandem writes on a rejected XLIFF 1.2 target, unless it has a rejected-… one. */
    static final String REJECTED_QUALIFIER = "rejected-inaccurate";

    /** Reads XLIFF 1.2 attributes; null when they say nothing. */
    static FileState fromXliff12(String state, String qualifier, String approved) {
        if ("yes".equals(approved)) {
            return APPROVED;
        }
        if (state == null) {
            return null;
        }
        String q = qualifier == null ? "" : qualifier;
        return switch (state) {
            case "final" -> APPROVED;
            case "signed-off" -> REVIEWED;
            case "translated" -> TRANSLATED;
            case "new", "needs-translation" -> NEW;
            // needs-review-…: translated and waiting for review, unless a reviewer rejected it
            default -> state.startsWith("needs-review") && q.startsWith("rejected-") ? REJECTED
                    : state.startsWith("needs-") ? TRANSLATED : null;
        };
    }

    /** Reads XLIFF 2.x attributes; null when they say nothing. */
    static FileState fromXliff2(String state, String subState) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "initial" -> NEW;
            case "translated" -> REJECTED_SUBSTATE.equals(subState) ? REJECTED : TRANSLATED;
            case "reviewed" -> REVIEWED;
            case "final" -> APPROVED;
            default -> null;
        };
    }

    String xliff12State() {
        return switch (this) {
            case NEW -> "new";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case APPROVED -> "final";
            case REJECTED -> "needs-review-translation";
        };
    }

    String xliff2State() {
        return switch (this) {
            case NEW -> "initial";
            case TRANSLATED, REJECTED -> "translated";
            case REVIEWED -> "reviewed";
            case APPROVED -> "final";
        };
    }

    /** Several segments sharing one XLIFF 1.2 target: a rejection wins, else the least advanced. */
    static FileState combined(FileState a, FileState b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a == REJECTED || b == REJECTED) {
            return REJECTED;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
