package org.tandem.io.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gale–Church length-based alignment (Computational Linguistics 19(1), 1993): the most probable sequence of
 * 1-1, 1-0, 0-1, 2-1 and 1-2 beads given the character lengths of both sides. Used for paragraphs and for the
 * sentences inside aligned paragraphs. Okapi's aligner is a pipeline step bound to its own event model and a
 * TM; this is the same algorithm over plain lists (DECISIONS.md), with two changes for machine translation:
 * a deletion costs only its prior (the length term makes a missing paragraph look costlier than a bad merge),
 * and shared or unshared names and numbers move the cost of a pairing.
 */
public final class Aligner {

    /** One row of an alignment: how many items of each side it takes (0, 1 or 2). */
    record Bead(int sourceCount, int targetCount) {
    }

    private static final double C = 1.0;
    private static final double S2 = 6.8;
    private static final double ANCHOR_WEIGHT = 3.0;
    private static final double UNMATCHED_WEIGHT = 1.0;
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    private static final double[] PRIOR = {0.89, 0.0099 / 2, 0.0099 / 2, 0.089 / 2, 0.089 / 2};

    private Aligner() {
    }

    static List<Bead> align(List<String> source, List<String> target) {
        int n = source.size();
        int m = target.size();
        if (n == m) {
            List<Bead> ones = new ArrayList<>(Collections.nCopies(n, new Bead(1, 1)));
            if (equalLengthsPlausible(source, target)) {
                return ones;
            }
        }
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int k = 0; k < MOVES.length; k++) {
                    int di = MOVES[k][0];
                    int dj = MOVES[k][1];
                    if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost[i - di][j - dj] + (di == 0 || dj == 0 ? -Math.log(PRIOR[k])
                            : beadCost(length(source, i - di, i), length(target, j - dj, j), PRIOR[k])
                            + anchorCost(source, i - di, i, target, j - dj, j));
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        move[i][j] = k;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int[] mv = MOVES[move[i][j]];
            beads.add(new Bead(mv[0], mv[1]));
            i -= mv[0];
            j -= mv[1];
        }
        Collections.reverse(beads);
        return beads;
    }

    /** Equal counts align one to one unless some pair's lengths are wildly off (then let the model decide). */
    private static boolean equalLengthsPlausible(List<String> source, List<String> target) {
        for (int i = 0; i < source.size(); i++) {
            int a = source.get(i).length();
            int b = target.get(i).length();
            if (Math.max(a, b) > 40 && Math.max(a, b) > 3 * Math.max(1, Math.min(a, b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that survive translation: numbers and capitalised names, compared on their first four letters without
     * accents ({@code Zelenski}/{@code Zelensky}, {@code Moscú}/{@code Moscow}). Lengths alone cannot tell which
     * of two similar-sized paragraphs a translation left out; shared names and numbers can.
     */
    private static double anchorCost(List<String> source, int si, int sj, List<String> target, int ti, int tj) {
        java.util.Set<String> a = anchors(String.join(" ", source.subList(si, sj)));
        java.util.Set<String> b = anchors(String.join(" ", target.subList(ti, tj)));
        java.util.Set<String> shared = new java.util.HashSet<>(a);
        shared.retainAll(b);
        int unmatched = a.size() + b.size() - 2 * shared.size();
        return -ANCHOR_WEIGHT * shared.size() + UNMATCHED_WEIGHT * unmatched;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    static java.util.Set<String> anchors(String text) {
        java.util.Set<String> anchors = new java.util.HashSet<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        boolean sentenceStart = true;
        int last = 0;
        while (m.find()) {
            String between = text.substring(last, m.start());
            sentenceStart = sentenceStart || between.matches(".*[.!?¿¡:\"«“„]\\s*$");
            String word = m.group();
            if (Character.isDigit(word.charAt(0))) {
                anchors.add(word.replaceAll("\\D", ""));
            } else if (!sentenceStart && Character.isUpperCase(word.charAt(0)) && word.length() >= 3) {
                String plain = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
                anchors.add(plain.substring(0, Math.min(4, plain.length())));
            }
            sentenceStart = false;
            last = m.end();
        }
        return anchors;
    }

    private static int length(List<String> items, int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            sum += items.get(k).length();
        }
        return sum;
    }

    private static double beadCost(int l1, int l2, double prior) {
        double mean = (l1 + l2 / C) / 2.0;
        double z = mean == 0 ? 0 : (C * l1 - l2) / Math.sqrt(S2 * mean);
        double pd = 2 * (1 - phi(Math.abs(z)));
        return -Math.log(prior) - Math.log(Math.max(pd, 1e-300));
    }

    /** Standard normal cumulative distribution (Abramowitz–Stegun 26.2.17). */
    private static double phi(double z) {
        double t = 1 / (1 + 0.2316419 * z);
        double d = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double p = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - p;
    }
}
