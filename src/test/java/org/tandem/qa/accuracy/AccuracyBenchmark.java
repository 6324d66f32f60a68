package org.tandem.qa.accuracy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;
import org.tandem.qa.SegmentPair;

/**
 * How many of the issues shown on real machine translation are worth reading: Tandem's checks and, in the same run,
 * raw LanguageTool at its default settings, on Google's WMT MQM human annotations ({@code ../shared/corpus/mqm/}).
 * Each talk and MT system is one document (so document checks see a real document); identical source and target
 * texts are scored once. Prints, per language pair and per finder: false alarms per 100 error-free segments,
 * precision, recall per rater with the recall expected by chance, and the same per check and per LanguageTool
 * rule. Asserts nothing. Run: {@code mvn test-compile exec:exec@accuracy-benchmark} (docs/benchmarks.md); an
 * argument names another corpus folder. {@code ACCURACY_EXAMPLES=check-id,RULE_ID} in the environment also prints
 * false alarms of those checks or rules (for finding their classes of error, not for tuning to these sentences),
 * {@code ACCURACY_HITS=…} its issues on raters' spans ({@code raw:RULE} for raw LanguageTool's findings in either),
 * {@code ACCURACY_LOST=RULE_ID} the raw rule's hits that Tandem lacks ({@code *}: every rule's, with the raters), {@code ACCURACY_PAIR=zhen} measures one file
 * only, {@code ACCURACY_RAW=all} turns every rule of the raw run on (default-off and picky ones: a probe, not the
 * baseline).
 */
public final class AccuracyBenchmark {

    /** A corpus file, its languages as Tandem names them. */
    record Pair(String file, String sourceLang, String targetLang) {
    }

    static final List<Pair> PAIRS = List.of(new Pair("mqm_ted_zhen.dev.tsv", "zh", "en-US"),
            new Pair("mqm_ted_ende.dev.tsv", "en", "de-DE"));

    /** Checks and rules shown per finder ({@code ACCURACY_TOP} in the environment shows more). */
    private static final int SHOWN_PER_FINDER = Integer.parseInt(System.getenv().getOrDefault("ACCURACY_TOP", "25"));
    /** False alarms shown per check or rule named ({@code ACCURACY_EXAMPLES_SHOWN}). */
    private static final int EXAMPLES_SHOWN = Integer.parseInt(
            System.getenv().getOrDefault("ACCURACY_EXAMPLES_SHOWN", "12"));
    /** LanguageTool's category of each rule seen, for the per-rule table. */
    private static final Map<String, String> CATEGORIES = new java.util.concurrent.ConcurrentHashMap<>();

    private AccuracyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/mqm");
        if (!Files.isDirectory(folder)) {
            System.out.println("No MQM corpus at " + folder.toAbsolutePath() + ": nothing to measure.");
            return;
        }
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext("org.tandem.qa",
                "org.tandem.language")) {
            QaService qa = context.getBean(QaService.class);
            String only = System.getenv().getOrDefault("ACCURACY_PAIR", "");
            for (Pair pair : PAIRS) {
                Path file = folder.resolve(pair.file());
                if (Files.isRegularFile(file) && pair.file().contains(only)) {
                    measure(pair, MqmCorpus.read(file), qa);
                }
            }
        }
    }

    static void measure(Pair pair, List<MqmCorpus.Rated> rated, QaService qa) {
        long started = System.nanoTime();
        Map<String, List<MqmCorpus.Rated>> documents = MqmCorpus.documents(rated);
        // Tandem, document by document; each distinct text is scored with what its first occurrence got
        Map<String, List<Scores.Found>> tandem = new HashMap<>();
        Map<String, MqmCorpus.Rated> distinct = new LinkedHashMap<>();
        for (List<MqmCorpus.Rated> document : documents.values()) {
            List<SegmentPair> pairs = document.stream().map(s -> new SegmentPair(s.source(), s.target(),
                    pair.sourceLang(), pair.targetLang())).toList();
            List<List<Issue>> found = qa.check(pairs);
            for (int i = 0; i < document.size(); i++) {
                MqmCorpus.Rated segment = document.get(i);
                String key = key(segment);
                distinct.merge(key, segment, AccuracyBenchmark::merged);
                tandem.putIfAbsent(key, found.get(i).stream().map(AccuracyBenchmark::found).toList());
            }
        }
        double tandemSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        JLanguageTool raw = new JLanguageTool(Languages.getLanguageForShortCode(pair.targetLang()));
        if ("all".equals(System.getenv("ACCURACY_RAW"))) {
            // A probe, not the baseline: every rule LanguageTool ships, default-off and picky ones included, to
            // find rules precise enough on MT to turn on for reviewing.
            for (org.languagetool.rules.Rule rule : raw.getAllRules()) {
                if (rule.isDefaultOff() || rule.isDefaultTempOff()) {
                    raw.enableRule(rule.getId());
                }
            }
        }
        Scores tandemScores = new Scores();
        Scores rawScores = new Scores();
        Map<String, List<Scores.Found>> rawFound = new HashMap<>();
        for (Map.Entry<String, MqmCorpus.Rated> entry : distinct.entrySet()) {
            MqmCorpus.Rated segment = entry.getValue();
            tandemScores.add(segment, tandem.get(entry.getKey()));
            rawFound.put(entry.getKey(), rawMatches(raw, segment.target(), "all".equals(System.getenv("ACCURACY_RAW"))
                    ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT));
            rawScores.add(segment, rawFound.get(entry.getKey()));
        }
        double rawSeconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(Locale.ROOT, "%n== %s → %s: %d rated segments in %d documents, %d distinct texts, %d of "
                        + "them error-free ==%n", pair.sourceLang(), pair.targetLang(), rated.size(), documents.size(),
                distinct.size(), tandemScores.errorFree);
        System.out.printf(Locale.ROOT, "%-20s %7s %12s %10s %14s %8s %8s%n", "", "issues", "FA/100 free",
                "precision", "recall/rater", "chance", "seconds");
        row("Tandem", tandemScores, tandemSeconds);
        row("raw LanguageTool", rawScores, rawSeconds);
        System.out.printf(Locale.ROOT, "recall per rater (Tandem | raw LanguageTool, chance in brackets):%n");
        for (String rater : tandemScores.raters.keySet()) {
            Scores.Recall t = tandemScores.raters.get(rater);
            Scores.Recall r = rawScores.raters.get(rater);
            System.out.printf(Locale.ROOT, "  %-8s %5d spans  %5.1f%% (%4.1f%%) | %5.1f%% (%4.1f%%)%n", rater,
                    t.spans, 100 * t.recall(), 100 * t.chance(), 100 * r.recall(), 100 * r.chance());
        }
        perCheck("Tandem, per check (LanguageTool issues per rule)", tandemScores);
        perCheck("raw LanguageTool, per rule", rawScores);
        String wanted = System.getenv("ACCURACY_EXAMPLES");
        if (wanted != null && !wanted.isBlank()) {
            examples(List.of(wanted.split(",")), distinct, tandem, rawFound, false);
        }
        String hits = System.getenv("ACCURACY_HITS");
        if (hits != null && !hits.isBlank()) {
            examples(List.of(hits.split(",")), distinct, tandem, rawFound, true);
        }
        String lost = System.getenv("ACCURACY_LOST");
        if (lost != null && !lost.isBlank()) {
            lost(List.of(lost.split(",")), distinct, tandem, rawFound);
        }
    }

    /**
     * Findings of raw LanguageTool's rules named that overlap a rater's span where no issue of Tandem does: what
     * Tandem's filters and profile cost in recall.
     */
    private static void lost(List<String> rules, Map<String, MqmCorpus.Rated> distinct,
                             Map<String, List<Scores.Found>> tandem, Map<String, List<Scores.Found>> raw) {
        for (String rule : rules) {
            System.out.printf(Locale.ROOT, "hits of raw %s that Tandem lacks:%n", rule.strip());
            int shown = 0;
            for (Map.Entry<String, MqmCorpus.Rated> entry : distinct.entrySet()) {
                MqmCorpus.Rated segment = entry.getValue();
                for (Scores.Found hit : raw.get(entry.getKey())) {
                    if (!(rule.isBlank() || "*".equals(rule.strip()) || hit.by().equals(rule.strip()))
                            || segment.spans().stream().noneMatch(hit::overlaps)
                            || tandem.get(entry.getKey()).stream().anyMatch(mine -> mine.start() < hit.to()
                            && hit.start() < mine.to()) || shown++ >= EXAMPLES_SHOWN) {
                        continue;
                    }
                    String t = segment.target();
                    int end = Math.min(Math.max(hit.end(), hit.start() + 1), t.length());
                    String raters = segment.spans().stream().filter(hit::overlaps).map(MqmCorpus.Span::rater)
                            .distinct().sorted().collect(java.util.stream.Collectors.joining(","));
                    System.out.printf(Locale.ROOT, "  [%s, %s] %s%n    %s⟦%s⟧%s%n", hit.by(), raters,
                            segment.source(), t.substring(0, hit.start()), t.substring(hit.start(), end),
                            t.substring(end));
                }
            }
        }
    }

    /**
     * Some false alarms (or hits) of each check or rule named: the target with the issue's span in ⟦…⟧. A name
     * {@code raw:RULE} shows raw LanguageTool's findings of that rule instead of Tandem's.
     */
    private static void examples(List<String> keys, Map<String, MqmCorpus.Rated> distinct,
                                 Map<String, List<Scores.Found>> tandemFound,
                                 Map<String, List<Scores.Found>> rawFound, boolean hits) {
        for (String key : keys) {
            boolean ofRaw = key.strip().startsWith("raw:");
            String wanted = ofRaw ? key.strip().substring(4) : key;
            Map<String, List<Scores.Found>> tandem = ofRaw ? rawFound : tandemFound;
            System.out.printf(Locale.ROOT, "%s of %s:%n", hits ? "hits" : "false alarms", key.strip());
            int shown = 0;
            for (Map.Entry<String, MqmCorpus.Rated> entry : distinct.entrySet()) {
                MqmCorpus.Rated segment = entry.getValue();
                if (!hits && !segment.errorFree()) {
                    continue;
                }
                for (Scores.Found issue : tandem.get(entry.getKey())) {
                    if (issue.by().equals(wanted.strip()) && (!hits || segment.spans().stream()
                            .anyMatch(issue::overlaps)) && shown++ < EXAMPLES_SHOWN) {
                        String t = segment.target();
                        int end = Math.min(issue.end(), t.length());
                        System.out.printf(Locale.ROOT, "  %s%n    %s⟦%s⟧%s%n", segment.source(),
                                t.substring(0, issue.start()), t.substring(issue.start(), end), t.substring(end));
                    }
                }
            }
        }
    }

    private static void row(String name, Scores scores, double seconds) {
        System.out.printf(Locale.ROOT, "%-20s %7d %12.1f %9.1f%% %13.1f%% %7.1f%% %8.1f%n", name, scores.all.issues,
                scores.all.falseAlarmsPer100(scores.errorFree), 100 * scores.all.precision(),
                100 * scores.meanRecall(), 100 * scores.meanChance(), seconds);
    }

    private static void perCheck(String title, Scores scores) {
        System.out.printf(Locale.ROOT, "%s, noisiest first:%n", title);
        System.out.printf(Locale.ROOT, "  %-48s %7s %12s %10s%n", "", "issues", "FA/100 free", "precision");
        List<Map.Entry<String, Scores.Tally>> noisiest = scores.noisiest();
        for (Map.Entry<String, Scores.Tally> entry : noisiest.subList(0, Math.min(SHOWN_PER_FINDER,
                noisiest.size()))) {
            Scores.Tally tally = entry.getValue();
            String rule = entry.getKey().replaceFirst("^languagetool:", "");
            System.out.printf(Locale.ROOT, "  %-48s %7d %12.1f %9.1f%%  %s%n", entry.getKey(), tally.issues,
                    tally.falseAlarmsPer100(scores.errorFree), 100 * tally.precision(),
                    CATEGORIES.getOrDefault(rule, ""));
        }
        if (noisiest.size() > SHOWN_PER_FINDER) {
            System.out.printf(Locale.ROOT, "  … %d more%n", noisiest.size() - SHOWN_PER_FINDER);
        }
    }

    /** Identical source and target texts (two systems with the same output, say) are one distinct text. */
    private static String key(MqmCorpus.Rated segment) {
        return segment.source() + "\u0000" + segment.target();
    }

    /** Two ratings of one text: error-free only if both are; every rater's spans. */
    private static MqmCorpus.Rated merged(MqmCorpus.Rated a, MqmCorpus.Rated b) {
        List<MqmCorpus.Span> spans = new ArrayList<>(a.spans());
        spans.addAll(b.spans());
        return new MqmCorpus.Rated(a.system(), a.talk(), a.index(), a.source(), a.target(),
                a.errorFree() && b.errorFree(), List.copyOf(spans));
    }

    private static Scores.Found found(Issue issue) {
        String by = "languagetool".equals(issue.checkId()) && issue.rule() != null
                ? "languagetool:" + issue.rule() : issue.checkId();
        return new Scores.Found(by, issue.start(), issue.end());
    }

    private static List<Scores.Found> rawMatches(JLanguageTool tool, String text, JLanguageTool.Level level) {
        try {
            List<Scores.Found> found = new ArrayList<>();
            for (RuleMatch match : tool.check(text, level)) {
                found.add(new Scores.Found(match.getRule().getId(), match.getFromPos(), match.getToPos()));
                CATEGORIES.putIfAbsent(match.getRule().getId(), match.getRule().getCategory().getId().toString());
            }
            return found;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
