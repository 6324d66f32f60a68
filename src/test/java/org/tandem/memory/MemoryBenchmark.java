package org.tandem.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tandem.TandemApplication;
import org.tandem.io.MemoryData;
import org.tandem.io.MemoryFiles;

/**
 * A generated memory of 100,000 es→en units (sentences of 6–30 words drawn from a 4,000-word vocabulary with Zipf's
 * law, as real text is: a few words in most units, most words in few), loaded from TMX into the database; then the
 * index build of one instance and 2,000 fuzzy lookups (half edited copies of stored sources, half new sentences) and
 * 500 concordance searches, each timed with its revision check against the database. Prints figures, asserts
 * nothing. Run: {@code mvn test-compile exec:exec@memory-benchmark}; on PostgreSQL with
 * {@code JAVA_TOOL_OPTIONS=-Dtandem.test.database=postgresql} and {@code TANDEM_TEST_POSTGRES_URL} set
 * (docs/benchmarks.md).
 */
public final class MemoryBenchmark {

    private static final int UNITS = Integer.getInteger("memory.units", 100_000);
    private static final int VOCABULARY = 4_000;

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(11);
        String[] words = vocabulary(random);
        double[] zipf = zipf(VOCABULARY);
        List<MemoryData.Unit> units = new ArrayList<>(UNITS);
        for (int i = 0; i < UNITS; i++) {
            String source = sentence(random, words, zipf);
            units.add(new MemoryData.Unit("es", "en", source, "EN " + source, "gen", Instant.EPOCH, ""));
        }
        MemoryFiles files = new MemoryFiles();
        long t = System.nanoTime();
        byte[] tmx = files.write("es", "en", units);
        System.out.printf(Locale.ROOT, "memory: %,d units, TMX %.1f MB written in %.0f ms%n", units.size(),
                tmx.length / 1e6, ms(t));

        t = System.nanoTime();
        files.read("generated.tmx", tmx);
        System.out.printf(Locale.ROOT, "read the TMX alone (our secure pass + Okapi's filter): %.0f ms%n", ms(t));

        Path db = Path.of("target", "memory-benchmark", "db-" + System.nanoTime());
        Files.createDirectories(db);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class)
                .properties("spring.datasource.url=jdbc:h2:file:./" + db.resolve("tandem").toString().replace('\\', '/'),
                        "tandem.demo.enabled=false", "server.port=0", "logging.level.root=WARN",
                        "tandem.languagetool.warm=")
                .run()) {
            String engine = org.tandem.TestDatabases.engine(context);
            org.tandem.security.SignedIn.from("benchmark", org.tandem.security.Role.EDITOR);
            MemoryService memory = context.getBean(MemoryService.class);

            // a reviewer approving a segment every 100 ms while the import runs: how long do approvals wait?
            org.tandem.document.DocumentService documents = context.getBean(org.tandem.document.DocumentService.class);
            org.tandem.review.StatusService statuses = context.getBean(org.tandem.review.StatusService.class);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                text.append("Frase ").append(i).append(".\n\n");
            }
            byte[] pairText = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            org.tandem.document.Document doc = documents.importTextPair("r.es.txt", pairText, "r.en.txt", pairText,
                    "es", "en", org.tandem.document.DocumentService.ImportProgress.NONE);
            List<org.tandem.document.Segment> segments = documents.segments(doc.id());
            List<Double> approvals = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicBoolean importing = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread reviewer = new Thread(() -> org.tandem.security.SignedIn.as("reviewer",
                    org.tandem.security.Role.EDITOR, () -> {
                        for (int i = 0; importing.get() && i < segments.size(); i++) {
                            org.tandem.document.Segment s = segments.get(i);
                            long a = System.nanoTime();
                            statuses.setStatus(doc.id(), s.id(), org.tandem.document.SegmentStatus.APPROVED, null,
                                    s.version());
                            approvals.add(ms(a));
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return null;
                            }
                        }
                        return null;
                    }));
            reviewer.start();
            t = System.nanoTime();
            MemoryService.Imported imported = memory.importTmx("generated.tmx", tmx);
            System.out.printf(Locale.ROOT, "import TMX (Okapi + store in %s): %.0f ms, %,d units (%,d duplicates)%n",
                    engine, ms(t), imported.units(), imported.duplicates());
            importing.set(false);
            reviewer.join();
            report("  approvals by a reviewer during the import (every 100 ms)", approvals);

            // another instance: an index of its own, built from the database on its first lookup
            MemoryService instance = new MemoryService(context.getBean(MemoryRepository.class), files,
                    context.getBean(org.springframework.transaction.support.TransactionTemplate.class),
                    context.getBean(org.tandem.base.data.HeavyJobs.class),
                    context.getBean(org.tandem.document.ImportProperties.class));
            System.gc();
            long heapBefore = usedHeap();
            t = System.nanoTime();
            instance.matches("es", "en", units.get(0).source(), 50, 5);
            double build = ms(t);
            System.gc();
            System.out.printf(Locale.ROOT, "first lookup of an instance (reads %,d units from %s, builds the index): "
                    + "%.0f ms, index ≈ %.0f MB of heap%n", instance.size("es", "en"), engine, build,
                    (usedHeap() - heapBefore) / 1e6);

            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                queries.add(i % 2 == 0 ? edited(random, units.get(random.nextInt(units.size())).source(), words, zipf)
                        : sentence(random, words, zipf));
            }
            for (String q : queries.subList(0, 200)) { // warm the JIT
                instance.matches("es", "en", q, 50, 5);
            }
            List<Double> times = new ArrayList<>();
            int found = 0;
            int editedFound = 0;
            for (int i = 0; i < queries.size(); i++) {
                t = System.nanoTime();
                List<MemoryMatch> matches = instance.matches("es", "en", queries.get(i), 50, 5);
                times.add(ms(t));
                found += matches.isEmpty() ? 0 : 1;
                editedFound += i % 2 == 0 && !matches.isEmpty() && matches.get(0).score() >= 70 ? 1 : 0;
            }
            report("fuzzy lookup (min 50 %, best 5; revision check included)", times);
            System.out.printf(Locale.ROOT, "  %,d of %,d lookups found a match; %,d of %,d edited copies found at "
                    + "70 %% or more%n", found, queries.size(), editedFound, queries.size() / 2);

            // recall: the best match a scan of every unit finds, against what the lookup returns first
            int same = 0;
            int checked = 0;
            List<String[]> stored = units.stream().map(u -> keys(u.source())).toList();
            for (int i = 0; i < 200; i++) {
                String q = queries.get(i);
                String[] query = keys(q);
                int best = 0;
                for (int u = 0; u < stored.size(); u++) {
                    best = Math.max(best, MatchText.score(stored.get(u), fold(stored.get(u)), query, fold(query),
                            units.get(u).source().equals(q)));
                }
                if (best < 50) {
                    continue;
                }
                checked++;
                List<MemoryMatch> matches = instance.matches("es", "en", q, 50, 1);
                same += !matches.isEmpty() && matches.get(0).score() == best ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "  the lookup's first match scores as high as a scan of all units finds "
                    + "in %d of %d queries that have a match of 50 %% or more%n", same, checked);

            List<Double> concordance = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String phrase = words[rank(random, zipf)] + (i % 2 == 0 ? "" : " " + words[rank(random, zipf)]);
                t = System.nanoTime();
                instance.concordance("es", "en", phrase, MemoryService.Side.BOTH, 50);
                concordance.add(ms(t));
            }
            report("concordance (one or two words, both sides, newest 50)", concordance);
        }
    }

    private static void report(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s, %,d runs: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms%n", what,
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)),
                sorted.get((int) (sorted.size() * 0.99)), sorted.get(sorted.size() - 1));
    }

    /** Pronounceable made-up words, the most frequent short (as function words are). */
    private static String[] vocabulary(Random random) {
        String consonants = "bcdfglmnprstvz";
        String vowels = "aeiou";
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < VOCABULARY) {
            int syllables = seen.size() < 50 ? 1 : 2 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            seen.add(word.toString());
        }
        return seen.toArray(String[]::new);
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int rank(Random random, double[] zipf) {
        int at = java.util.Arrays.binarySearch(zipf, random.nextDouble());
        return Math.min(zipf.length - 1, at < 0 ? -at - 1 : at);
    }

    private static String sentence(Random random, String[] words, double[] zipf) {
        int length = 6 + random.nextInt(25);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String w = words[rank(random, zipf)];
            s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            s.append(i == length - 1 ? "." : i % 7 == 6 ? ", " : " ");
        }
        return s.toString();
    }

    /** A stored sentence with one to three words replaced, as a new version of a text changes it. */
    private static String edited(Random random, String source, String[] words, double[] zipf) {
        String[] tokens = source.split(" ");
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            tokens[random.nextInt(tokens.length)] = words[rank(random, zipf)];
        }
        return String.join(" ", tokens);
    }

    private static String[] keys(String text) {
        return MatchText.tokens(text).stream().map(MatchText.Token::key).toArray(String[]::new);
    }

    private static String[] fold(String[] keys) {
        return java.util.Arrays.stream(keys).map(MatchText::folded).toArray(String[]::new);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
