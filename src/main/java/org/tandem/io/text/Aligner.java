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

    /** Half-width of the first band around the diagonal, in items. */
    private static final int FIRST_BAND = 32;
    /** The band stops widening at this many cells (about 9 bytes each): memory stays bounded on any input. */
    private static final long MAX_CELLS = 40_000_000L;

    static List<Bead> align(List<String> source, List<String> target) {
        int n = source.size();
        int m = target.size();
        if (n == m) {
            List<Bead> ones = new ArrayList<>(Collections.nCopies(n, new Bead(1, 1)));
            if (equalLengthsPlausible(source, target)) {
                return ones;
            }
        }
        if (n == 0 || m == 0) {
            return new ArrayList<>(Collections.nCopies(n + m, new Bead(n == 0 ? 0 : 1, n == 0 ? 1 : 0)));
        }
        Costs costs = new Costs(source, target);
        for (int width = FIRST_BAND; ; width *= 2) {
            Band band = new Band(n, m, width);
            List<Bead> beads = band.solve(costs);
            if (band.whole() || !band.touchesEdge(beads) || new Band(n, m, width * 2).cells() > MAX_CELLS) {
                return beads;
            }
        }
    }

    /** The full dynamic programme over every cell: for tests that compare the band with it. */
    static List<Bead> alignWithoutBand(List<String> source, List<String> target) {
        int n = source.size();
        int m = target.size();
        return new Band(n, m, Math.max(n, m) + 2).solve(new Costs(source, target));
    }

    /**
     * The cells of the dynamic programme near the diagonal: row {@code i} holds the columns from the diagonal's
     * column at row {@code i - 1} to the one at row {@code i + 1}, widened by {@code width} on each side, so that
     * consecutive rows overlap and a path always exists. Gale and Church's cost and its moves are unchanged; the
     * band only leaves out pairings far from the diagonal. When the best path runs along the band's edge the band
     * is doubled and the programme run again (as length-based aligners of this family do), until the path stays
     * inside or the band covers every cell, or would exceed {@link #MAX_CELLS}. Time and memory are linear in the
     * number of items for a given width.
     */
    private static final class Band {
        private final int n;
        private final int m;
        private final int[] lo;
        private final int[] hi;
        private final long[] rowStart;

        Band(int n, int m, int width) {
            this.n = n;
            this.m = m;
            lo = new int[n + 1];
            hi = new int[n + 1];
            rowStart = new long[n + 2];
            for (int i = 0; i <= n; i++) {
                lo[i] = (int) Math.max(0, Math.floorDiv((long) Math.max(0, i - 1) * m, n) - width);
                hi[i] = (int) Math.min(m, -Math.floorDiv(-(long) Math.min(n, i + 1) * m, n) + width);
                rowStart[i + 1] = rowStart[i] + hi[i] - lo[i] + 1;
            }
        }

        long cells() {
            return rowStart[n + 1];
        }

        boolean whole() {
            for (int i = 0; i <= n; i++) {
                if (lo[i] > 0 || hi[i] < m) {
                    return false;
                }
            }
            return true;
        }

        private int index(int i, int j) {
            return (int) (rowStart[i] + j - lo[i]);
        }

        private boolean inside(int i, int j) {
            return j >= lo[i] && j <= hi[i];
        }

        List<Bead> solve(Costs costs) {
            int size = Math.toIntExact(cells());
            double[] cost = new double[size];
            byte[] move = new byte[size];
            java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
            cost[index(0, 0)] = 0;
            for (int i = 0; i <= n; i++) {
                for (int j = lo[i]; j <= hi[i]; j++) {
                    if (i == 0 && j == 0) {
                        continue;
                    }
                    int here = index(i, j);
                    for (int k = 0; k < MOVES.length; k++) {
                        int di = MOVES[k][0];
                        int dj = MOVES[k][1];
                        if (i < di || j < dj || !inside(i - di, j - dj)) {
                            continue;
                        }
                        double before = cost[index(i - di, j - dj)];
                        if (before == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        double c = before + (di == 0 || dj == 0 ? -Math.log(PRIOR[k])
                                : beadCost(costs.sourceLength(i - di, i), costs.targetLength(j - dj, j), PRIOR[k])
                                + costs.anchorCost(i - di, di, j - dj, dj));
                        if (c < cost[here]) {
                            cost[here] = c;
                            move[here] = (byte) k;
                        }
                    }
                }
            }
            List<Bead> beads = new ArrayList<>();
            int i = n;
            int j = m;
            while (i > 0 || j > 0) {
                int[] mv = MOVES[move[index(i, j)]];
                beads.add(new Bead(mv[0], mv[1]));
                i -= mv[0];
                j -= mv[1];
            }
            Collections.reverse(beads);
            return beads;
        }

        /** Whether the path passes a cell on an edge of the band that is not an edge of the whole table. */
        boolean touchesEdge(List<Bead> beads) {
            int i = 0;
            int j = 0;
            for (Bead bead : beads) {
                i += bead.sourceCount();
                j += bead.targetCount();
                if ((j <= lo[i] && lo[i] > 0) || (j >= hi[i] && hi[i] < m)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What a pairing costs, from lengths summed once (prefix sums) and anchors computed once per item and per pair
     * of neighbours (a bead takes one or two items of a side).
     */
    private static final class Costs {
        private final List<String> source;
        private final List<String> target;
        private final long[] sourcePrefix;
        private final long[] targetPrefix;
        private final String[][][] sourceAnchors;
        private final String[][][] targetAnchors;

        Costs(List<String> source, List<String> target) {
            this.source = source;
            this.target = target;
            sourcePrefix = prefix(source);
            targetPrefix = prefix(target);
            sourceAnchors = new String[2][source.size()][];
            targetAnchors = new String[2][target.size()][];
        }

        private static long[] prefix(List<String> items) {
            long[] prefix = new long[items.size() + 1];
            for (int k = 0; k < items.size(); k++) {
                prefix[k + 1] = prefix[k] + items.get(k).length();
            }
            return prefix;
        }

        int sourceLength(int from, int to) {
            return (int) Math.min(Integer.MAX_VALUE, sourcePrefix[to] - sourcePrefix[from]);
        }

        int targetLength(int from, int to) {
            return (int) Math.min(Integer.MAX_VALUE, targetPrefix[to] - targetPrefix[from]);
        }

        private static String[] anchorsOf(List<String> items, String[][][] cache, int from, int count) {
            String[] cached = cache[count - 1][from];
            if (cached == null) {
                cached = anchors(String.join(" ", items.subList(from, from + count))).toArray(String[]::new);
                java.util.Arrays.sort(cached);
                cache[count - 1][from] = cached;
            }
            return cached;
        }

        /** {@link Aligner#anchorCost} of source items {@code [si, si+sc)} against target items {@code [ti, ti+tc)}. */
        double anchorCost(int si, int sc, int ti, int tc) {
            String[] a = anchorsOf(source, sourceAnchors, si, sc);
            String[] b = anchorsOf(target, targetAnchors, ti, tc);
            int shared = 0;
            for (int x = 0, y = 0; x < a.length && y < b.length; ) {
                int order = a[x].compareTo(b[y]);
                if (order == 0) {
                    shared++;
                    x++;
                    y++;
                } else if (order < 0) {
                    x++;
                } else {
                    y++;
                }
            }
            int unmatched = a.length + b.length - 2 * shared;
            return -ANCHOR_WEIGHT * shared + UNMATCHED_WEIGHT * unmatched;
        }
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
     * of two similar-sized paragraphs a translation left out; shared names and numbers can. A pairing earns
     * {@link #ANCHOR_WEIGHT} per shared anchor and pays {@link #UNMATCHED_WEIGHT} per unshared one.
     */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    static java.util.Set<String> anchors(String text) {
        java.util.Set<String> anchors = new java.util.HashSet<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        boolean sentenceStart = true;
        int last = 0;
        while (m.find()) {
            sentenceStart = sentenceStart || endsSentence(text, last, m.start());
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

    private static final String SENTENCE_END = ".!?¿¡:\"«“„";

    /**
     * Whether {@code text[from, to)} ends in a sentence mark followed by nothing but white space, with no line break
     * before the mark (what {@code .*[.!?¿¡:"«“„]\s*$} matched, without compiling a pattern for every word).
     */
    private static boolean endsSentence(String text, int from, int to) {
        int k = to;
        while (k > from && " \t\n\u000B\f\r".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k == from || SENTENCE_END.indexOf(text.charAt(k - 1)) < 0) {
            return false;
        }
        for (int x = from; x < k - 1; x++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(text.charAt(x)) >= 0) {
                return false;
            }
        }
        return true;
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
