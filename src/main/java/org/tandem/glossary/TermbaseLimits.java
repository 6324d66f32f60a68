package org.tandem.glossary;

import java.util.Optional;
import org.tandem.base.web.FieldLength;
import org.tandem.io.TermbaseData;

/** What the termbase tables keep (V4): a value over its column is named before anything is stored. */
final class TermbaseLimits {

    static final int NAME = 500;
    static final int ID = 500;
    static final int SUBJECT = 500;
    static final int LANGUAGE = 64;
    static final int TERM = 1000;
    static final int PART_OF_SPEECH = 60;

    private TermbaseLimits() {
    }

    /** The first value of the termbase over its limit, as a sentence naming the concept and field. */
    static Optional<String> problem(TermbaseData data) {
        Optional<String> name = Optional.ofNullable(FieldLength.problem("termbase name", data.name(), NAME));
        if (name.isPresent()) {
            return name;
        }
        int position = 0;
        for (TermbaseData.Concept concept : data.concepts()) {
            position++;
            Optional<String> found = problem(concept);
            if (found.isPresent()) {
                String which = concept.id().isBlank() ? "concept " + position
                        : "concept " + position + " (id " + abbreviate(concept.id()) + ")";
                return Optional.of(which + ": " + found.get());
            }
        }
        return Optional.empty();
    }

    static Optional<String> problem(TermbaseData.Concept concept) {
        String found = FieldLength.problem("concept id", concept.id(), ID);
        found = found != null ? found : FieldLength.problem("subject", concept.subjectField(), SUBJECT);
        for (TermbaseData.Term term : concept.terms()) {
            if (found != null) {
                break;
            }
            found = FieldLength.problem("term \"" + abbreviate(term.text()) + "\"", term.text(), TERM);
            found = found != null ? found : FieldLength.problem("language", term.lang(), LANGUAGE);
            found = found != null ? found : FieldLength.problem("part of speech", term.partOfSpeech(),
                    PART_OF_SPEECH);
        }
        return Optional.ofNullable(found);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
