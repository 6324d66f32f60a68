package org.tandem.io;

import java.util.List;

/**
 * A termbase as a file holds it, concept-oriented as TBX is; the exchange form between files and storage.
 *
 * @param languages the languages that have terms, in order of first appearance
 */
public record TermbaseData(String name, String description, List<String> languages, List<Concept> concepts) {

    public TermbaseData {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        languages = List.copyOf(languages);
        concepts = List.copyOf(concepts);
    }

    /** Number of terms over all concepts. */
    public int termCount() {
        return concepts.stream().mapToInt(c -> c.terms().size()).sum();
    }

    /** One concept: its terms in every language. Empty strings, never null, for what the file does not say. */
    public record Concept(String id, String subjectField, String definition, String note, List<Term> terms) {
        public Concept {
            id = id == null ? "" : id;
            subjectField = subjectField == null ? "" : subjectField;
            definition = definition == null ? "" : definition;
            note = note == null ? "" : note;
            // grouped by language in order of first appearance, as TBX writes them (a repeated langSet joins its
            // language's group), so that every file form of the same concept compares equal
            List<String> order = terms.stream().map(Term::lang).distinct().toList();
            terms = terms.stream().sorted(java.util.Comparator.comparingInt(t -> order.indexOf(t.lang()))).toList();
        }
    }

    /** A term of a concept in one language; a file that gives no status makes it preferred. */
    public record Term(String lang, String text, TermStatus status, String partOfSpeech, boolean caseSensitive,
                       String note) {
        public Term {
            partOfSpeech = partOfSpeech == null ? "" : partOfSpeech;
            note = note == null ? "" : note;
            status = status == null ? TermStatus.PREFERRED : status;
        }
    }
}
