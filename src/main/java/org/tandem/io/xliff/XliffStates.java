package org.tandem.io.xliff;

import org.tandem.io.FileState;

/**
 * Workflow states as XLIFF files write them: XLIFF 1.2 {@code <target state>} with {@code needs-review-translation}
 * (rejected, with a {@code state-qualifier} of {@code rejected-…}), {@code translated}, {@code signed-off}
 * (reviewed), {@code final} (approved), and {@code <trans-unit approved="yes">}; XLIFF 2.x {@code <segment state>}
 * {@code initial}, {@code translated}, {@code reviewed}, {@code final}, a rejection being {@code translated} with
 * {@code subState="tandem:rejected"}, 2.x having no state of its own for it.
 */
public final class XliffStates {

    private XliffStates() {
    }

    /** The {@code subState} Tandem writes on a rejected XLIFF 2 segment. */
    public static final String REJECTED_SUBSTATE = "tandem:rejected";
    /** The {@code state-qualifier} Tandem writes on a rejected XLIFF 1.2 target, unless it has a rejected-… one. */
    public static final String REJECTED_QUALIFIER = "rejected-inaccurate";

    /** Reads XLIFF 1.2 attributes; null when they say nothing. */
    public static FileState fromXliff12(String state, String qualifier, String approved) {
        if ("yes".equals(approved)) {
            return FileState.APPROVED;
        }
        if (state == null) {
            return null;
        }
        String q = qualifier == null ? "" : qualifier;
        return switch (state) {
            case "final" -> FileState.APPROVED;
            case "signed-off" -> FileState.REVIEWED;
            case "translated" -> FileState.TRANSLATED;
            case "new", "needs-translation" -> FileState.NEW;
            // needs-review-…: translated and waiting for review, unless a reviewer rejected it
            default -> state.startsWith("needs-review") && q.startsWith("rejected-") ? FileState.REJECTED
                    : state.startsWith("needs-") ? FileState.TRANSLATED : null;
        };
    }

    /** Reads XLIFF 2.x attributes; null when they say nothing. */
    public static FileState fromXliff2(String state, String subState) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "initial" -> FileState.NEW;
            case "translated" -> REJECTED_SUBSTATE.equals(subState) ? FileState.REJECTED : FileState.TRANSLATED;
            case "reviewed" -> FileState.REVIEWED;
            case "final" -> FileState.APPROVED;
            default -> null;
        };
    }

    public static String xliff12State(FileState state) {
        return switch (state) {
            case NEW -> "new";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case APPROVED -> "final";
            case REJECTED -> "needs-review-translation";
        };
    }

    public static String xliff2State(FileState state) {
        return switch (state) {
            case NEW -> "initial";
            case TRANSLATED, REJECTED -> "translated";
            case REVIEWED -> "reviewed";
            case APPROVED -> "final";
        };
    }

    /** Several segments sharing one XLIFF 1.2 target: a rejection wins, else the least advanced. */
    public static FileState combined(FileState a, FileState b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a == FileState.REJECTED || b == FileState.REJECTED) {
            return FileState.REJECTED;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
