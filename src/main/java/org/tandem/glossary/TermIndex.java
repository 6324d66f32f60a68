package org.tandem.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.language.Lemmatizer;
import org.tandem.qa.TermEntry;
import org.tandem.qa.TermMatch;

/**
 * Finds the terms of one language in a text: a trie over word keys (each word's form and lemmas), so that a text is
 * scanned once, word by word, following only the paths that terms take from there; a term is reached through any
 * key of each of its words, so inflected forms meet. The longest match wins.
 */
final class TermIndex {

    /** Keys of a term word followed in the trie: its form and its first lemmas (enough for any real inflection). */
    private static final int KEYS_PER_WORD = 4;

    private record Pattern(TermEntry entry, List<Lemmatizer.Word> words, List<String> gaps) {
    }

    private static final class Node {
        private Map<String, Node> children;
        private List<Pattern> terms;

        Node child(String key) {
            return children == null ? null : children.get(key);
        }
    }

    private final String lang;
    private final Lemmatizer lemmatizer;
    private final Node root = new Node();

    TermIndex(String lang, List<TermEntry> entries, Lemmatizer lemmatizer) {
        this.lang = lang;
        this.lemmatizer = lemmatizer;
        for (TermEntry entry : entries) {
            List<Lemmatizer.Word> words = lemmatizer.words(entry.text(), lang).stream()
                    .map(TermIndex::acronymAsWritten).toList();
            if (words.isEmpty()) {
                continue;
            }
            List<String> gaps = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                gaps.add(entry.text().substring(words.get(i - 1).end(), words.get(i).start()));
            }
            insert(root, new Pattern(entry, words, gaps), 0);
        }
    }

    private static void insert(Node node, Pattern pattern, int word) {
        if (word == pattern.words().size()) {
            if (node.terms == null) {
                node.terms = new ArrayList<>(1);
            }
            if (!node.terms.contains(pattern)) {
                node.terms.add(pattern);
            }
            return;
        }
        int followed = 0;
        for (String key : pattern.words().get(word).keys()) {
            if (followed++ == KEYS_PER_WORD) {
                break;
            }
            if (node.children == null) {
                node.children = new HashMap<>(4);
            }
            insert(node.children.computeIfAbsent(key, k -> new Node()), pattern, word + 1);
        }
    }

    List<TermMatch> find(String text) {
        List<Lemmatizer.Word> words = lemmatizer.words(text, lang);
        List<TermMatch> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Set<Pattern> candidates = new LinkedHashSet<>();
            List<Node> frontier = List.of(root);
            for (int k = i; k < words.size() && !frontier.isEmpty(); k++) {
                List<Node> next = new ArrayList<>(2);
                for (Node node : frontier) {
                    for (String key : words.get(k).keys()) {
                        Node child = node.child(key);
                        if (child != null && !next.contains(child)) {
                            next.add(child);
                            if (child.terms != null) {
                                candidates.addAll(child.terms);
                            }
                        }
                    }
                }
                frontier = next;
            }
            int longest = 0;
            List<Pattern> best = new ArrayList<>();
            boolean exact = false;
            for (Pattern p : candidates) {
                int n = p.words().size();
                if (n < longest || i + n > words.size() || !matches(p, text, words, i, false)) {
                    continue;
                }
                boolean caseOk = !p.entry().caseSensitive() || matches(p, text, words, i, true);
                if (!caseOk && !sameWords(p, words, i)) {
                    continue; // "We" shares the lemma "we" with "US" (pronoun): not a case error, another word
                }
                // longer wins; at equal length a match in the right case wins over one in the wrong case
                if (n > longest || caseOk && !exact) {
                    longest = n;
                    exact = caseOk;
                    best.clear();
                }
                if (caseOk == exact) {
                    best.add(p);
                }
            }
            if (longest == 0) {
                i++;
                continue;
            }
            int start = words.get(i).start();
            int end = words.get(i + longest - 1).end();
            boolean exactCase = exact;
            best.forEach(p -> found.add(new TermMatch(start, end, p.entry(), exactCase)));
            i += longest;
        }
        return found;
    }

    private static boolean matches(Pattern p, String text, List<Lemmatizer.Word> words, int at, boolean caseToo) {
        for (int k = 0; k < p.words().size(); k++) {
            Lemmatizer.Word term = p.words().get(k);
            Lemmatizer.Word word = words.get(at + k);
            if (java.util.Collections.disjoint(term.keys(), word.keys())) {
                return false;
            }
            if (caseToo && !sameCase(term.text(), word.text())) {
                return false;
            }
            if (k > 0) {
                String gap = text.substring(words.get(at + k - 1).end(), word.start());
                if (!gap.equals(p.gaps().get(k - 1)) && !(gap.isBlank() && p.gaps().get(k - 1).isBlank())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An acronym matches as written, not by lemma: the tagger reads "US" as the pronoun "us" (lemma "we"). */
    private static Lemmatizer.Word acronymAsWritten(Lemmatizer.Word word) {
        String text = word.text();
        boolean acronym = text.length() > 1 && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && !text.equals(text.toLowerCase(java.util.Locale.ROOT));
        return acronym ? new Lemmatizer.Word(word.start(), word.end(), text,
                Set.of(text.toLowerCase(java.util.Locale.ROOT))) : word;
    }

    private static boolean sameWords(Pattern p, List<Lemmatizer.Word> words, int at) {
        for (int k = 0; k < p.words().size(); k++) {
            if (!p.words().get(k).text().equalsIgnoreCase(words.get(at + k).text())) {
                return false;
            }
        }
        return true;
    }

    /** For a case-sensitive term: the same letters' case, or for an inflected form the same initial and capitals. */
    private static boolean sameCase(String term, String word) {
        if (term.equals(word)) {
            return true;
        }
        if (Character.isLowerCase(term.codePointAt(0)) && word.equals(
                term.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + term.substring(1))) {
            return true; // a lower-case term may start a sentence or a title
        }
        if (term.equalsIgnoreCase(word)) {
            return false;
        }
        boolean termCaps = term.length() > 1 && term.equals(term.toUpperCase(java.util.Locale.ROOT));
        if (termCaps) {
            return word.equals(word.toUpperCase(java.util.Locale.ROOT));
        }
        return Character.isUpperCase(term.codePointAt(0)) == Character.isUpperCase(word.codePointAt(0));
    }
}
