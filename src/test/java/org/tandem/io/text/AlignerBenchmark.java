package org.tandem.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.tandem.io.ParsedSegment;

/**
 * Aligns generated article pairs of growing size (one paragraph left out of the target, one merged with the next, so
 * the paragraph counts differ as in real machine translation) through the whole text-pair reader (paragraphs, SRX
 * sentences, both alignments), and prints time and peak heap per size. Sizes in kilobytes per side from the
 * arguments, comma-separated
 * (default 100,200,2000,50000: the last is the upload limit; {@code -Daligner.sizes=…}). Asserts nothing. Run:
 * {@code mvn test-compile exec:exec@aligner-benchmark} (docs/benchmarks.md).
 */
public final class AlignerBenchmark {

    private AlignerBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            for (String size : a.split("[ ,]+")) {
                if (!size.isBlank()) {
                    sizes.add(Integer.parseInt(size.strip()));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 200, 2_000, 50_000);
        }
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        TextPairReader.read("Warm up. The SRX rules.", "Warm up. The SRX rules.", "es", "en");
        for (int kb : sizes) {
            String[] pair = pair(kb * 1024L, new Random(kb));
            System.gc();
            long before = used();
            PeakHeap peak = new PeakHeap();
            long t = System.nanoTime();
            List<ParsedSegment> rows = TextPairReader.read(pair[0], pair[1], "es", "en");
            double seconds = (System.nanoTime() - t) / 1e9;
            peak.finish();
            List<String> sourceParagraphs = TextPairReader.paragraphs(pair[0]);
            List<String> targetParagraphs = TextPairReader.paragraphs(pair[1]);
            long a = System.nanoTime();
            Aligner.align(sourceParagraphs, targetParagraphs);
            double alignSeconds = (System.nanoTime() - a) / 1e9;
            long paired = rows.stream().filter(r -> !r.source().isEmpty() && !r.target().isEmpty()).count();
            System.out.printf(Locale.ROOT, "%,7d KB per side  %,8d rows (%,d paired)  %8.2f s"
                    + " (paragraph alignment alone %.2f s)  peak heap +%,d MB%n",
                    kb, rows.size(), paired, seconds, alignSeconds, Math.max(0, peak.max - before) >> 20);
        }
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Samples the used heap every 20 ms while the alignment runs. */
    private static final class PeakHeap extends Thread {
        volatile boolean running = true;
        volatile long max;

        PeakHeap() {
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            while (running) {
                max = Math.max(max, used());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() {
            running = false;
            max = Math.max(max, used());
        }
    }

    private static final String[] SOURCE_WORDS = {"el", "gobierno", "anunció", "que", "las", "medidas", "económicas",
        "serán", "aplicadas", "durante", "próximo", "año", "según", "fuentes", "oficiales", "presidente", "reunión",
        "acuerdo", "millones", "ciudad", "empresas", "trabajadores", "nueva", "ley", "para", "con", "del"};
    private static final String[] TARGET_WORDS = {"the", "government", "announced", "that", "measures", "economic",
        "will", "be", "applied", "during", "next", "year", "according", "sources", "official", "president", "meeting",
        "agreement", "million", "city", "companies", "workers", "new", "law", "for", "with", "of"};
    private static final String[] NAMES = {"Madrid", "Zelensky", "Bruselas", "Kiev", "Sánchez", "Lisboa", "Ortega",
        "Moncloa", "Valencia", "Borrell", "Navarro", "Castilla"};

    /** A source article of about {@code bytes} and its "translation": same names and numbers, other words. */
    static String[] pair(long bytes, Random random) {
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        int paragraph = 0;
        while (source.length() < bytes) {
            paragraph++;
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                String name = NAMES[random.nextInt(NAMES.length)];
                int number = random.nextInt(100_000);
                int words = 8 + random.nextInt(20);
                sentence(s, SOURCE_WORDS, words, name, number, random);
                sentence(t, TARGET_WORDS, words + random.nextInt(3), name, number, random);
            }
            source.append(s).append("\n\n");
            if (paragraph % 97 == 13) {
                continue; // the translation left this paragraph out
            }
            target.append(t).append(paragraph % 89 == 7 ? " " : "\n\n"); // ... and merged this one with the next
        }
        return new String[] {source.toString(), target.toString()};
    }

    private static void sentence(StringBuilder out, String[] words, int count, String name, int number, Random r) {
        String first = words[r.nextInt(words.length)];
        out.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
        int nameAt = 1 + r.nextInt(count - 1);
        int numberAt = 1 + r.nextInt(count - 1);
        for (int w = 1; w < count; w++) {
            out.append(' ').append(w == nameAt ? name : w == numberAt ? String.valueOf(number)
                    : words[r.nextInt(words.length)]);
        }
        out.append(". ");
    }
}
