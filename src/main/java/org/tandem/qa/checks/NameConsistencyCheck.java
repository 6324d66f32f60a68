package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tandem.language.ProperNouns;
import org.tandem.qa.Categories;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * One name spelled two ways in one document ({@code Zelenski}/{@code Zelensky}): capitalised target words that are
 * names are clustered by spelling closeness and consonant skeleton; a cluster counts only if the source does not
 * spell the names differently too (Russian {@code Vladímir} and Ukrainian {@code Volodímir} are two names). A word
 * is a name when the target language's dictionary knows it only as a proper noun or not at all; a word it also
 * knows otherwise ({@code German}) only when it is capitalised inside a sentence somewhere or the source writes it
 * so; a dictionary word ({@code These}, German {@code Jahre}) never. The preferred form is the one the document's
 * termbases allow, else the one the source writes, else the majority; on a tie, the one that is not the source's
 * own spelling (the adapted one).
 */
@Component
public class NameConsistencyCheck implements DocumentCheck {

    private final ProperNouns properNouns;

    public NameConsistencyCheck(ProperNouns properNouns) {
        this.properNouns = properNouns;
    }

    @Override
    public String id() {
        return "name-consistency";
    }

    @Override
    public String name() {
        return "Name spelled two ways";
    }

    @Override
    public String description() {
        return "One name spelled two ways in one document (Zelenski / Zelensky).";
    }

    /** Every place a spelling occurs, with the source names of its segment and whether a sentence starts there. */
    private record Occurrence(int index, Words.Word word, List<String> sourceNames, boolean sentenceStart) {
    }

    @Override
    public List<Found> check(List<SegmentPair> segments) {
        Map<String, List<Occurrence>> bySpelling = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentPair pair = segments.get(i);
            List<String> sourceNames = Words.capitalised(pair.source(), 4).stream().map(Words.Word::text).toList();
            for (Words.Word word : Words.capitalised(pair.target(), 4)) {
                bySpelling.computeIfAbsent(word.text(), k -> new ArrayList<>())
                        .add(new Occurrence(i, word, sourceNames, Words.atSentenceStart(pair.target(), word.start())));
            }
        }
        if (segments.isEmpty()) {
            return List.of();
        }
        String lang = segments.get(0).targetLang();
        List<Words.Folded> spellings = bySpelling.keySet().stream()
                .filter(spelling -> name(spelling, bySpelling.get(spelling), lang)).map(Words.Folded::of).toList();
        List<Found> found = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Words.Folded fa : spellings) {
            String a = fa.text();
            if (done.contains(a)) {
                continue;
            }
            List<String> cluster = new ArrayList<>(List.of(a));
            for (Words.Folded fb : spellings) {
                String b = fb.text();
                if (!b.equals(a) && !done.contains(b) && Words.variants(fa, fb) && sameSourceName(bySpelling, a, b)
                        && !(properNouns.inDictionary(a, lang) && properNouns.inDictionary(b, lang))) {
                    cluster.add(b);
                }
            }
            if (cluster.size() < 2) {
                continue;
            }
            done.addAll(cluster);
            SegmentPair any = segments.get(0);
            String preferred = glossaryForm(cluster, any.terminology(), any.targetLang())
                    .orElseGet(() -> preferred(cluster, bySpelling));
            for (String spelling : cluster) {
                if (spelling.equals(preferred)) {
                    continue;
                }
                for (Occurrence o : bySpelling.get(spelling)) {
                    found.add(new Found(o.index(), new Issue(id(), Categories.INCONSISTENT_TERMS, Severity.MAJOR,
                            o.word().start(), o.word().end(), "“" + spelling + "” is spelled “" + preferred
                            + "” elsewhere in this document.", List.of(preferred), "inconsistency")));
                }
            }
        }
        return found;
    }

    /** Whether the spelling is a name: by the dictionary, or by how the document and its source write it. */
    private boolean name(String spelling, List<Occurrence> occurrences, String lang) {
        return switch (properNouns.kind(spelling, lang)) {
            case NAME -> true;
            case COMMON -> false;
            case EITHER, UNKNOWN -> occurrences.stream().anyMatch(o -> !o.sentenceStart()
                    || o.sourceNames().stream().anyMatch(n -> Words.fold(n).equals(Words.fold(spelling))));
        };
    }

    /** The variants render one source name, or no source name tells them apart. */
    private static boolean sameSourceName(Map<String, List<Occurrence>> bySpelling, String a, String b) {
        String sa = sourceFormOf(a, bySpelling.get(a));
        String sb = sourceFormOf(b, bySpelling.get(b));
        return sa == null || sb == null || Words.fold(sa).equals(Words.fold(sb));
    }

    private static String sourceFormOf(String spelling, List<Occurrence> occurrences) {
        return occurrences.stream().flatMap(o -> o.sourceNames().stream())
                .filter(n -> Words.fold(n).equals(Words.fold(spelling)) || Words.variants(n, spelling))
                .min(Comparator.comparingInt(n -> Words.distance(n, spelling)))
                .orElse(null);
    }

    /**
     * The spelling the termbases want: a variant they allow, else the allowed one-word term of the concept a
     * variant is deprecated for.
     */
    private static java.util.Optional<String> glossaryForm(List<String> cluster, org.tandem.qa.Terminology terminology,
                                                           String lang) {
        java.util.Optional<String> allowed = cluster.stream().filter(spelling -> terminology.find(spelling, lang)
                .stream().anyMatch(m -> m.start() == 0 && m.end() == spelling.length() && m.exactCase()
                        && m.entry().usage().allowed())).findFirst();
        if (allowed.isPresent()) {
            return allowed;
        }
        return cluster.stream().flatMap(spelling -> terminology.find(spelling, lang).stream()
                        .filter(m -> m.start() == 0 && m.end() == spelling.length() && !m.entry().usage().allowed()))
                .flatMap(m -> terminology.entries(m.entry().conceptKey(), lang).stream())
                .filter(e -> e.usage().allowed() && !e.text().contains(" "))
                .map(org.tandem.qa.TermEntry::text)
                .findFirst();
    }

    /**
     * The majority; on a tie the adapted spelling (not the source's own: {@code Zelenskyy} over the German source's
     * {@code Selenskyj}). But a spelling the source writes as it is wins over a misspelling of it (one letter
     * apart: {@code Collboni}/{@code Colboni}) that has a majority of one or none.
     */
    private static String preferred(List<String> cluster, Map<String, List<Occurrence>> bySpelling) {
        String majority = cluster.stream().max(Comparator
                .comparingInt((String s) -> bySpelling.get(s).size())
                .thenComparing(s -> !inSource(s, bySpelling))
                .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        List<String> inSource = cluster.stream().filter(s -> inSource(s, bySpelling)).toList();
        if (inSource.size() == 1 && !inSource.get(0).equals(majority)) {
            String source = inSource.get(0);
            boolean misspelling = Words.distance(source, majority) <= 1;
            if (misspelling && bySpelling.get(majority).size() - bySpelling.get(source).size() <= 1) {
                return source;
            }
        }
        return majority;
    }

    private static boolean inSource(String spelling, Map<String, List<Occurrence>> bySpelling) {
        return bySpelling.get(spelling).stream().anyMatch(o -> o.sourceNames().contains(spelling));
    }
}
