package org.tandem.qa.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.bitext.BitextRule;
import org.languagetool.rules.patterns.bitext.BitextPatternRule;
import org.languagetool.tools.Tools;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.language.KnownForms;
import org.tandem.language.LanguageToolPool;
import org.tandem.language.LanguageToolServers;
import org.tandem.language.ProperNouns;
import org.tandem.markup.Placeholders;
import org.tandem.qa.Categories;
import org.tandem.qa.Check;
import org.tandem.qa.Issue;
import org.tandem.qa.Precedence;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * LanguageTool's grammar, spelling and style rules for the target language, and its bitext rules for the language
 * pair. Only translatable text reaches LanguageTool: inline-code tokens are removed and offsets mapped back.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class LanguageToolCheck implements Check {

    private static final int MAX_SUGGESTIONS = 3;
    /** A name followed by an s ending, with or without an apostrophe. */
    private static final java.util.regex.Pattern INFLECTED_NAME = java.util.regex.Pattern.compile("(.+?)['’]?s");
    /** The marks that delimit a quotation (apostrophes stand inside words, so single quotes do not). */
    private static final String DOUBLE_QUOTES = "\"“”„‟«»「」『』";
    private final LanguageToolPool pool;
    private final LanguageToolServers servers;
    private final ProperNouns properNouns;
    private final KnownForms knownForms;
    private final java.util.Map<String, List<BitextRule>> bitextRules = new java.util.concurrent.ConcurrentHashMap<>();

    LanguageToolCheck(LanguageToolPool pool, LanguageToolServers servers, ProperNouns properNouns,
                      KnownForms knownForms) {
        this.pool = pool;
        this.servers = servers;
        this.properNouns = properNouns;
        this.knownForms = knownForms;
    }

    @Override
    public String id() {
        return "languagetool";
    }

    @Override
    public String name() {
        return "LanguageTool";
    }

    @Override
    public String description() {
        return "LanguageTool's grammar, spelling and style rules, and its false friends for the language pair.";
    }

    /** LanguageTool's findings give way to Tandem's own checks where they overlap: those explain more. */
    @Override
    public Precedence precedence() {
        return Precedence.GENERAL;
    }

    @Override
    public List<String> notices(String sourceLang, String targetLang) {
        return supports(targetLang) ? List.of() : List.of("LanguageTool does not support " + targetLang
                + ": grammar and spelling are not checked; Tandem's other checks still run.");
    }

    /** Whether LanguageTool can check this language. */
    public boolean supports(String tag) {
        return pool.language(tag).isPresent();
    }

    /**
     * One finding of LanguageTool, in-process or from a server, with offsets into the plain text.
     *
     * @param from start in the plain text
     * @param to   exclusive end in the plain text
     */
    record Finding(int from, int to, String ruleId, ITSIssueType type, String message, List<String> suggestions) {

        /** A match found in-process; its message in the language's typography, as LanguageTool's server gives it. */
        static Finding of(RuleMatch match, Language language) {
            return new Finding(match.getFromPos(), match.getToPos(), match.getRule().getId(),
                    match.getRule().getLocQualityIssueType(), language.toAdvancedTypography(match.getMessage()),
                    match.getSuggestedReplacements());
        }

        static Finding of(LanguageToolServers.Match match) {
            return new Finding(match.offset(), match.offset() + match.length(), match.ruleId(), match.type(),
                    match.message(), match.replacements());
        }
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        Optional<Language> target = pool.language(pair.targetLang());
        if (target.isEmpty() || pair.target().isBlank()) {
            return List.of();
        }
        Plain plain = Plain.of(pair.target());
        if (plain.text().isBlank()) {
            return List.of();
        }
        List<Finding> matches;
        try {
            matches = matches(pair, target.get(), plain);
        } catch (LanguageToolServers.UnavailableException e) {
            return List.of(pending(e));
        }
        List<Issue> issues = new ArrayList<>();
        String source = Placeholders.plain(pair.source());
        java.util.Map<String, Integer> repeats = new java.util.LinkedHashMap<>();
        // The target's terms, looked up once and only when a spelling finding may be a term.
        List<org.tandem.qa.TermMatch> terms = matches.stream().anyMatch(m -> m.type() == ITSIssueType.Misspelling)
                ? pair.terminology().find(pair.target(), pair.targetLang()) : List.of();
        for (Finding match : matches) {
            int start = plain.original(match.from());
            int end = match.to() <= match.from() ? start : plain.original(match.to() - 1) + 1;
            ITSIssueType type = match.type();
            String covered = pair.target().substring(start, end);
            if (type == ITSIssueType.Misspelling && (nameOfTheSource(covered, source, pair.sourceLang())
                    || inTermbase(terms, start, end) || knownForms.known(covered, pair.targetLang())
                    || quotedFromSource(pair.target(), start, end, source))
                    || copiedTypography(type, covered, source)) {
                continue;
            }
            // One finding of a rule on the same text is one thing to fix, however often the segment repeats it.
            if (repeats.merge(match.ruleId() + '\u0000' + covered, 1, Integer::sum) > 1) {
                continue;
            }
            List<String> suggestions = match.suggestions().stream().limit(MAX_SUGGESTIONS).toList();
            issues.add(new Issue(id(), Categories.ofIts(type.toString()), Severity.MINOR, start, end,
                    match.message(), suggestions,
                    type.toString(), match.ruleId()));
        }
        return issues;
    }

    /**
     * What a segment shows while no LanguageTool server answers: its grammar and spelling are not checked yet (never
     * a silent "no issues"). {@link Issue#pending()} results are not kept, so the segment is checked again.
     */
    private Issue pending(LanguageToolServers.UnavailableException e) {
        return new Issue(id(), Categories.ofIts("other"), Severity.MINOR, 0, 0, "LanguageTool check pending: no "
                + "LanguageTool server answered (" + e.getMessage() + "). Grammar and spelling are checked as soon as "
                + "one does.", List.of(), ITSIssueType.Other.toString(), Issue.PENDING_RULE);
    }

    /**
     * Whether a word the target's speller does not know is one the source has too, in any case, and the source's
     * language does not know as a common word: a name, acronym, code or Latin name carried over
     * ({@code Kekertsuatsiak}, {@code MacroBot}, {@code helianthemum}). A word the source's dictionary knows as a
     * common word ({@code wasp}, {@code spadix}) stays flagged: left as it is, it is likely untranslated.
     */
    private boolean nameOfTheSource(String covered, String source, String sourceLang) {
        if (covered.codePointCount(0, covered.length()) < 2) {
            return false;
        }
        if (sourceName(covered, source, sourceLang)) {
            return true;
        }
        // The name with or without a genitive or plural s of one of the languages (John Donne's → John Donnes,
        // TEDs; Kekertsuatsiaks Küste → Kekertsuatsiak's coast)
        if (!Character.isUpperCase(covered.codePointAt(0))) {
            return false;
        }
        java.util.regex.Matcher inflected = INFLECTED_NAME.matcher(covered);
        boolean sourceHasStem = inflected.matches() && inflected.group(1).codePointCount(0,
                inflected.group(1).length()) >= 2 && sourceName(inflected.group(1), source, sourceLang);
        return sourceHasStem || sourceName(covered + "s", source, sourceLang);
    }

    private boolean sourceName(String covered, String source, String sourceLang) {
        // A word ends where a letter of its own script or a digit does not follow: next to 中 or 은, MacroBot ends.
        String sameScript = "[\\p{Is" + Character.UnicodeScript.of(covered.codePointAt(0)).name() + "}\\p{N}]";
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("(?<!" + sameScript + ")"
                + java.util.regex.Pattern.quote(covered) + "(?!" + sameScript + ")",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(source);
        while (found.find()) {
            if (properNouns.kind(found.group(), sourceLang) != ProperNouns.Kind.COMMON) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word stands inside a quotation that the source has word for word: a saying, title or motto the
     * translation quotes in the original language on purpose ({@code „No man is an island“}), not a misspelling.
     * Only double quotes and guillemets delimit: apostrophes stand inside words.
     */
    static boolean quotedFromSource(String target, int start, int end, String source) {
        int open = start - 1;
        while (open >= 0 && DOUBLE_QUOTES.indexOf(target.charAt(open)) < 0) {
            open--;
        }
        int close = end;
        while (close < target.length() && DOUBLE_QUOTES.indexOf(target.charAt(close)) < 0) {
            close++;
        }
        // the quote before must open a quotation: an odd one, counted from the start
        if (open < 0 || close >= target.length()
                || target.substring(0, open + 1).chars().filter(c -> DOUBLE_QUOTES.indexOf(c) >= 0).count() % 2 == 0) {
            return false;
        }
        String quoted = target.substring(open + 1, close).strip().replaceAll("\\s+", " ");
        return !quoted.isEmpty() && source.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT)
                .contains(quoted.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a termbase of the document holds the word: its spelling is the editors' decision. */
    private static boolean inTermbase(List<org.tandem.qa.TermMatch> terms, int start, int end) {
        return terms.stream().anyMatch(term -> term.start() <= start && end <= term.end());
    }

    /**
     * Whether a finding on spacing or typography covers only marks the source has the same way ({@code . . .}):
     * the translation keeps the source's typography, which is no error of the translation.
     */
    private static boolean copiedTypography(ITSIssueType type, String covered, String source) {
        return (type == ITSIssueType.Whitespace || type == ITSIssueType.Typographical) && !covered.isBlank()
                && covered.codePoints().noneMatch(Character::isLetterOrDigit) && source.contains(covered);
    }

    /**
     * The target's enabled rules (in-process, or on a LanguageTool server when servers are configured), plus the
     * bitext rules of the language pair (false friends, punctuation, length), which servers cannot run.
     * {@code Tools.checkBitext} is not used: it runs every rule of the target, default-off ones included.
     */
    private List<Finding> matches(SegmentPair pair, Language target, Plain plain) {
        List<Finding> matches = new ArrayList<>();
        if (servers.configured()) {
            servers.check(target, plain.text(), pool.disabledRules(target)).forEach(m -> matches.add(Finding.of(m)));
        } else {
            pool.with(target, tool -> {
                try {
                    return tool.check(plain.text());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).forEach(m -> matches.add(Finding.of(m, target)));
        }
        Optional<Language> source = pool.language(pair.sourceLang());
        if (source.isEmpty() || source.get().equals(target) || pair.source().isBlank()) {
            return matches;
        }
        List<BitextRule> rules = bitextRules(source.get(), target);
        if (rules.isEmpty()) {
            return matches;
        }
        String sourceText = Placeholders.plain(pair.source());
        try {
            // The source side of a false friend is rare: analysing the target (costly for English) only when a
            // rule's source pattern matches keeps bitext checking nearly free.
            AnalyzedSentence analyzedSource = pool.with(source.get(), tool -> analyze(tool, sourceText));
            List<BitextRule> candidates = new ArrayList<>();
            for (BitextRule rule : rules) {
                if (!(rule instanceof BitextPatternRule pattern) || pattern.getSrcRule().match(analyzedSource).length > 0) {
                    candidates.add(rule);
                }
            }
            if (candidates.isEmpty()) {
                return matches;
            }
            AnalyzedSentence analyzedTarget = pool.with(target, tool -> analyze(tool, plain.text()));
            for (BitextRule rule : candidates) {
                for (RuleMatch match : rule.match(analyzedSource, analyzedTarget)) {
                    matches.add(Finding.of(match, target));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }

    /** Tokens and tags without disambiguation: what the false-friend patterns match, at a third of the cost. */
    private static AnalyzedSentence analyze(org.languagetool.JLanguageTool tool, String text) {
        try {
            return tool.getRawAnalyzedSentence(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bitext rules per language pair, read once (LanguageTool parses its false-friend XML each call). */
    private List<BitextRule> bitextRules(Language source, Language target) {
        return bitextRules.computeIfAbsent(source.getShortCodeWithCountryAndVariant() + ">"
                + target.getShortCodeWithCountryAndVariant(), key -> {
            try {
                List<BitextRule> rules = new ArrayList<>(Tools.getBitextRules(source, target));
                // Covered by Tandem's own checks (untranslated, end-punctuation), which need no analysis.
                rules.removeIf(r -> r.getId().equals("SAME_TRANSLATION") || r.getId().equals("TRANSLATION_LENGTH")
                        || r.getId().equals("DIFFERENT_PUNCTUATION")
                        || org.tandem.language.ReviewProfile.off(r, target.getShortCodeWithCountryAndVariant()));
                return List.copyOf(rules);
            } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                throw new IllegalStateException("LanguageTool's bitext rules for " + key + " cannot be read", e);
            }
        });
    }

    /** Text without placeholder tokens, and where each of its characters was in the original. */
    record Plain(String text, int[] positions, int length) {
        static Plain of(String original) {
            StringBuilder sb = new StringBuilder();
            int[] positions = new int[original.length() + 1];
            int at = 0;
            for (Placeholders.Token token : Placeholders.tokens(original)) {
                for (int i = at; i < token.start(); i++) {
                    positions[sb.length()] = i;
                    sb.append(original.charAt(i));
                }
                at = token.end();
            }
            for (int i = at; i < original.length(); i++) {
                positions[sb.length()] = i;
                sb.append(original.charAt(i));
            }
            positions[sb.length()] = original.length();
            return new Plain(sb.toString(), positions, original.length());
        }

        int original(int plainIndex) {
            return positions[Math.min(plainIndex, text.length())];
        }
    }
}
