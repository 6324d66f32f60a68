package org.tandem.glossary;

import java.util.List;

/**
 * A termbase as listed: what it is, where it came from and how big it is.
 *
 * @param origin   the shipped file it is loaded from ({@code glossaries/…}), or null
 * @param revision bumped on every change of its content
 */
public record Termbase(long id, String name, String description, List<String> languages, String origin,
                       int revision, int concepts, int terms) {

    public Termbase {
        languages = List.copyOf(languages);
    }
}
