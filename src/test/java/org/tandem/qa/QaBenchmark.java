package org.tandem.qa;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.tandem.language.LanguageToolPool;

/**
 * Checks a 2,000-segment English document (es → en-US) and prints: Tandem's full check against one
 * single-threaded JLanguageTool on the same target text (same run), the share of Tandem's own checks, the time to
 * re-check after one edit (document checks included), and the heap with English, Spanish and German loaded.
 * Asserts nothing. Run: {@code mvn test-compile exec:exec@qa-benchmark} (docs/benchmarks.md).
 */
public final class QaBenchmark {

    private static final int SEGMENTS = 2_000;

    private QaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String[]> base = demoPairs();
        List<SegmentPair> pairs = new ArrayList<>();
        for (int i = 0; pairs.size() < SEGMENTS; i++) {
            String[] p = base.get(i % base.size());
            // A distinct sentence each time, so nothing is served from a cache.
            pairs.add(new SegmentPair(p[0] + " (" + i + ")", p[1] + " (" + i + ")", "es", "en-US"));
        }
        List<SegmentPair> warm = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String[] p = base.get(i % base.size());
            warm.add(new SegmentPair(p[0] + " [" + i + "]", p[1] + " [" + i + "]", "es", "en-US"));
        }

        JLanguageTool single = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        for (SegmentPair p : warm) {
            single.check(p.target());
        }
        long t;
        double singleMs = Double.MAX_VALUE;

        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext("org.tandem.qa",
                "org.tandem.language")) {
            QaService qa = context.getBean(QaService.class);
            qa.check(warm);
            List<List<Issue>> found = null;
            double tandemMs = Double.MAX_VALUE;
            double noBitextMs = Double.MAX_VALUE;
            // Alternate the baseline and both variants and keep each one's best run: this machine's noise (other
            // processes, CPU frequency) is larger than the gaps, and drifts over minutes.
            for (int round = 0; round < 3; round++) {
                String mark = " ".repeat(round);
                t = System.nanoTime();
                for (SegmentPair p : pairs) {
                    single.check(p.target() + mark);
                }
                singleMs = Math.min(singleMs, ms(t));
                List<SegmentPair> withBitext = pairs.stream()
                        .map(p -> new SegmentPair(p.source() + mark, p.target() + mark, "es", "en-US")).toList();
                t = System.nanoTime();
                found = qa.check(withBitext);
                tandemMs = Math.min(tandemMs, ms(t));
                List<SegmentPair> noBitext = pairs.stream()
                        .map(p -> new SegmentPair(p.source() + mark + "  ", p.target() + mark + "  ", "zxx", "en-US"))
                        .toList();
                t = System.nanoTime();
                qa.check(noBitext);
                noBitextMs = Math.min(noBitextMs, ms(t));
            }


            List<Check> own = context.getBeansOfType(Check.class).values().stream()
                    .filter(c -> !"languagetool".equals(c.id())).toList();
            List<DocumentCheck> documentChecks = List.copyOf(context.getBeansOfType(DocumentCheck.class).values());
            for (int round = 0; round < 2; round++) {
                for (SegmentPair p : warm) {
                    own.forEach(c -> c.check(p));
                }
            }
            t = System.nanoTime();
            for (SegmentPair p : pairs) {
                own.forEach(c -> c.check(p));
            }
            documentChecks.forEach(c -> c.check(pairs));
            double ownMs = ms(t);

            t = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                documentChecks.forEach(c -> c.check(pairs));
            }
            double documentChecksMs = ms(t) / 10;
            List<Double> rechecks = new ArrayList<>();
            List<SegmentPair> edited = new ArrayList<>(pairs);
            for (int i = 0; i < 60; i++) {
                int at = (i * 37) % edited.size();
                SegmentPair p = edited.get(at);
                edited.set(at, new SegmentPair(p.source(), p.target() + " Edited " + i + ".", "es", "en-US"));
                t = System.nanoTime();
                qa.check(edited);
                if (i >= 10) {
                    rechecks.add(ms(t));
                }
            }
            Collections.sort(rechecks);

            LanguageToolPool pool = context.getBean(LanguageToolPool.class);
            for (String tag : List.of("en-US", "es", "de-DE")) {
                pool.language(tag).ifPresent(pool::warm);
            }
            System.gc();
            Thread.sleep(500);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

            int issues = found.stream().mapToInt(List::size).sum();
            System.out.printf(Locale.ROOT, "segments: %d (es → en-US), issues found: %d%n", SEGMENTS, issues);
            System.out.printf(Locale.ROOT, "one JLanguageTool, single thread, best of 3: %.0f ms (%.0f segments/s)%n",
                    singleMs, SEGMENTS / singleMs * 1000);
            System.out.printf(Locale.ROOT, "Tandem full check (%d threads, LanguageTool with bitext rules + own checks), best of 3: "
                    + "%.0f ms (%.2fx the single-threaded throughput)%n", QaService.THREADS, tandemMs,
                    singleMs / tandemMs);
            System.out.printf(Locale.ROOT, "Tandem full check without bitext rules (source language unknown to "
                    + "LanguageTool), best of 3: %.0f ms (%.2fx)%n", noBitextMs, singleMs / noBitextMs);
            System.out.printf(Locale.ROOT, "Tandem's own checks alone (single thread, document checks included): "
                    + "%.0f ms (%.1f%% of single LanguageTool)%n", ownMs, 100 * ownMs / singleMs);
            System.out.printf(Locale.ROOT, "re-check after one edit (2,000 segments, document checks included): "
                    + "median %.1f ms, p95 %.1f ms%n", rechecks.get(rechecks.size() / 2),
                    rechecks.get((int) Math.ceil(rechecks.size() * 0.95) - 1));
            System.out.printf(Locale.ROOT, "of which the document checks over 2,000 segments: %.1f ms%n",
                    documentChecksMs);
            System.out.printf(Locale.ROOT, "heap after GC with en-US, es, de-DE LanguageTool pools loaded: %d MB%n",
                    heap / 1024 / 1024);
        }
    }

    private static List<String[]> demoPairs() throws IOException {
        String source = resource("/demo/xi-putin-moscu.es.txt");
        String target = resource("/demo/seed-article.en-mt.txt");
        String[] s = source.split("\n\\s*\n");
        String[] t = target.split("\n\\s*\n");
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < Math.min(s.length, t.length); i++) {
            pairs.add(new String[] {s[i].strip(), t[i].strip()});
        }
        return pairs;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = QaBenchmark.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
