package org.tandem.qa;

import java.util.List;

/** What every check says of itself, for filters, the issue panel and the API, and how its issues rank. */
public interface QualityCheck {

    /** Stable kebab-case id, stored with each issue; never derived from the class name. */
    String id();

    /** A short human name ("Number mismatch"). */
    String name();

    /** One line on what it finds. */
    String description();

    default Precedence precedence() {
        return Precedence.SPECIFIC;
    }

    /** What this check cannot cover for a document of these languages, said once to the user. */
    default List<String> notices(String sourceLang, String targetLang) {
        return List.of();
    }

    /** The check as the UI and the API list it. */
    default CheckInfo info() {
        return new CheckInfo(id(), name(), description());
    }
}
