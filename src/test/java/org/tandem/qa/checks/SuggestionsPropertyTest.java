package org.tandem.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tandem.glossary.GlossaryTerminology;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.io.TermbaseData.Concept;
import org.tandem.io.TermbaseData.Term;
import org.tandem.language.LanguageToolPool;
import org.tandem.language.Lemmatizer;
import org.tandem.markup.Placeholders;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Terminology;

/**
 * A property of every check, as the reviewer gets its issues: applying any of its suggestions to its span never glues two words into one and never
 * breaks an inline code. Tried on the demo article and on a few hundred variants of it made with a fixed seed
 * (doubled words, glued quotes, lower-case names, codes, numbers, spaces).
 */
class SuggestionsPropertyTest {

    private static final Terminology TERMS = GlossaryTerminology.of(List.of(new TermbaseData("property", "",
            List.of("es", "en"), List.of(
            concept(t("es", "Kiev", true), t("en", "Kyiv", true), dep("en", "Kiev"), dep("en", "kyiv")),
            concept(t("es", "portavoz", false), t("en", "spokesperson", false), dep("en", "spokesman")),
            concept(t("es", "Fuerza de Siberia 2", true), t("en", "Power of Siberia 2", true),
                    dep("en", "Siberian Force 2"))))), "property", new Lemmatizer(new LanguageToolPool()));
    private static final String[] NOISE = {"the", "\"", "”", "kyiv", "Kyiv", "⟨1⟩", "⟨/1⟩", "⟨2/⟩", "  ", " ", "50,000",
            "million", "i", "spokesman", ",", "."};

    private static Concept concept(Term... terms) {
        return new Concept("", "", "", "", List.of(terms));
    }

    private static Term t(String lang, String text, boolean caseSensitive) {
        return new Term(lang, text, TermStatus.PREFERRED, "", caseSensitive, "");
    }

    private static Term dep(String lang, String text) {
        return new Term(lang, text, TermStatus.DEPRECATED, "", true, "");
    }

    private static List<SegmentPair> pairs() {
        String[] sources = text("demo/xi-putin-moscu.es.txt").split("\\n\\s*\\n");
        String[] targets = text("demo/seed-article.en-mt.txt").split("\\n\\s*\\n");
        List<SegmentPair> pairs = new ArrayList<>();
        Random random = new Random(20261130L);
        for (int i = 0; i < Math.min(sources.length, targets.length); i++) {
            String source = "⟨1⟩" + sources[i].strip() + "⟨/1⟩⟨2/⟩";
            String target = targets[i].strip();
            pairs.add(new SegmentPair(sources[i].strip(), target, "es", "en-US", TERMS));
            for (int variant = 0; variant < 12; variant++) {
                pairs.add(new SegmentPair(source, mutate(target, random), "es", "en-US", TERMS));
            }
        }
        return pairs;
    }

    /** The target with a few pieces of noise put at random places (codes only in order, as a file has them). */
    private static String mutate(String target, Random random) {
        StringBuilder sb = new StringBuilder("⟨1⟩" + target + "⟨/1⟩⟨2/⟩");
        for (int n = random.nextInt(4); n >= 0; n--) {
            String noise = NOISE[random.nextInt(NOISE.length)];
            if (noise.startsWith("⟨")) {
                continue;
            }
            int at = 3 + random.nextInt(sb.length() - 3 - 10);
            while (at < sb.length() && Character.isLowSurrogate(sb.charAt(at))) {
                at++;
            }
            sb.insert(at, noise);
        }
        return sb.toString();
    }

    @Test
    void no_suggestion_of_any_check_glues_words_or_breaks_an_inline_code() {
        List<String> broken = new ArrayList<>();
        for (SegmentPair pair : pairs()) {
            for (Issue issue : CheckBeans.QA.check(List.of(pair)).get(0)) {
                for (String suggestion : issue.suggestions()) {
                    String problem = problem(pair.target(), issue, suggestion);
                    if (problem != null) {
                        broken.add(issue.checkId() + ": " + problem + " in «" + pair.target() + "»");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** What applying the suggestion breaks, or null. */
    static String problem(String target, Issue issue, String suggestion) {
        for (Placeholders.Token token : Placeholders.tokens(target)) {
            boolean cut = token.start() < issue.start() && issue.start() < token.end()
                    || token.start() < issue.end() && issue.end() < token.end();
            if (cut) {
                return "the span " + issue.start() + "-" + issue.end() + " cuts the code " + token.text();
            }
        }
        String after = QaService.apply(target, issue, suggestion);
        List<String> kept = Placeholders.tokens(target).stream()
                .filter(t -> t.end() <= issue.start() || t.start() >= issue.end()).map(Placeholders.Token::text)
                .toList();
        if (!Placeholders.tokens(after).stream().map(Placeholders.Token::text).toList().containsAll(kept)) {
            return "“" + suggestion + "” drops a code";
        }
        String span = target.substring(issue.start(), issue.end());
        char left = issue.start() > 0 ? target.charAt(issue.start() - 1) : ' ';
        char right = issue.end() < target.length() ? target.charAt(issue.end()) : ' ';
        if (suggestion.isEmpty()) {
            boolean separated = span.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
            return separated && joins(left, right) ? "deleting “" + span + "” glues two words" : null;
        }
        boolean gluedLeft = joins(left, suggestion.charAt(0)) && (span.isEmpty() || !joins(left, span.charAt(0)));
        boolean gluedRight = joins(suggestion.charAt(suggestion.length() - 1), right)
                && (span.isEmpty() || !joins(span.charAt(span.length() - 1), right));
        return gluedLeft || gluedRight ? "“" + span + "” → “" + suggestion + "” glues words" : null;
    }

    private static boolean joins(char left, char right) {
        return Character.isLetterOrDigit(left) && Character.isLetterOrDigit(right);
    }

    private static String text(String path) {
        try (InputStream in = SuggestionsPropertyTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
