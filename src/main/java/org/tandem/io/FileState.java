package org.tandem.io;

import java.util.Locale;

/** A segment's place in the review workflow as translation files say it (how XLIFF writes it: {@code XliffStates}). */
public enum FileState {
    NEW, TRANSLATED, REVIEWED, APPROVED, REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
