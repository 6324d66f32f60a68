package org.tandem.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.language.Lemmatizer;
import org.tandem.qa.TermEntry;
import org.tandem.qa.TermMatch;
import org.tandem.qa.Terminology;

/** Termbases as the checks see them; an index per language is built on first use, then shared by all threads. */
public final class GlossaryTerminology implements Terminology {

    private final String fingerprint;
    private final List<TermEntry> entries;
    private final Map<String, List<TermEntry>> byConcept = new LinkedHashMap<>();
    private final Map<String, TermIndex> indexes = new ConcurrentHashMap<>();
    private final Lemmatizer lemmatizer;

    /** @param termbases each termbase's key (e.g. its id) and concepts */
    GlossaryTerminology(String fingerprint, Map<String, List<TermbaseData.Concept>> termbases, Lemmatizer lemmatizer) {
        this.fingerprint = fingerprint;
        this.lemmatizer = lemmatizer;
        List<TermEntry> all = new ArrayList<>();
        termbases.forEach((termbase, concepts) -> {
            for (int i = 0; i < concepts.size(); i++) {
                String key = termbase + ":" + i;
                for (TermbaseData.Term t : concepts.get(i).terms()) {
                    TermEntry entry = new TermEntry(key, t.lang(), t.text(), usage(t.status()), t.caseSensitive());
                    all.add(entry);
                    byConcept.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
                }
            }
        });
        this.entries = List.copyOf(all);
    }

    /** How the checks may use a term of a termbase of this status. */
    static TermEntry.Usage usage(TermStatus status) {
        return switch (status) {
            case PREFERRED -> TermEntry.Usage.PREFERRED;
            case ADMITTED -> TermEntry.Usage.ADMITTED;
            case DEPRECATED -> TermEntry.Usage.DEPRECATED;
            case FORBIDDEN -> TermEntry.Usage.FORBIDDEN;
        };
    }

    /** The terminology of termbase files read without storing them (the batch check's --glossary). */
    public static Terminology of(List<TermbaseData> termbases, String fingerprint, Lemmatizer lemmatizer) {
        Map<String, List<TermbaseData.Concept>> concepts = new LinkedHashMap<>();
        for (int i = 0; i < termbases.size(); i++) {
            concepts.put("f" + i, termbases.get(i).concepts());
        }
        return new GlossaryTerminology("files:" + fingerprint, concepts, lemmatizer);
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public List<TermMatch> find(String text, String lang) {
        return indexes.computeIfAbsent(lang, l -> new TermIndex(l,
                entries.stream().filter(e -> sameLanguage(e.lang(), l)).toList(), lemmatizer)).find(text);
    }

    @Override
    public List<TermEntry> entries(String conceptKey, String lang) {
        return byConcept.getOrDefault(conceptKey, List.of()).stream()
                .filter(e -> sameLanguage(e.lang(), lang))
                .sorted(Comparator.comparing(TermEntry::usage))
                .toList();
    }

    /** {@code en} terms serve {@code en-US} and {@code en-GB} documents; {@code en-GB} terms serve only en-GB. */
    static boolean sameLanguage(String termLang, String documentLang) {
        Locale term = Locale.forLanguageTag(termLang);
        Locale doc = Locale.forLanguageTag(documentLang);
        return term.getLanguage().equals(doc.getLanguage()) && (term.getCountry().isEmpty()
                || doc.getCountry().isEmpty() || term.getCountry().equals(doc.getCountry()));
    }
}
