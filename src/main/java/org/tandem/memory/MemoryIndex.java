package org.tandem.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One language pair's units in memory, for fuzzy lookup and concordance: token postings of sources and targets
 * (lower case, accents folded), candidates by shared tokens, the best of them scored by token edit distance. The
 * database is the memory; this is how one instance reads it fast, brought up to date from the revisions before each
 * use ({@link MemoryService}).
 */
final class MemoryIndex {

    /** Candidates scored exactly per lookup, the most promising by shared tokens. */
    static final int CANDIDATES = 300;

    private record Entry(MemoryUnit unit, int[] source, int[] target, int sourceDistinct, String sourceKey,
                         String targetKey) {
    }

    /** A unit found, how many units hold the same pair, and the other targets its source was given. */
    record Hit(MemoryUnit unit, int score, int count, List<String> otherTargets) {
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Long, Integer> slotOf = new HashMap<>();
    private final List<IntList> sourcePostings = new ArrayList<>();
    private final List<IntList> targetPostings = new ArrayList<>();
    private final Map<String, List<Integer>> bySource = new HashMap<>();
    private long revision;
    private int size;

    long revision() {
        lock.readLock().lock();
        try {
            return revision;
        } finally {
            lock.readLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Applies stored changes, oldest first; {@code upTo} is the newest revision read. */
    void apply(List<MemoryRepository.Change> changes, long upTo) {
        lock.writeLock().lock();
        try {
            for (MemoryRepository.Change change : changes) {
                remove(change.unit().id());
                if (!change.deleted()) {
                    add(change.unit());
                }
            }
            revision = Math.max(revision, upTo);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void add(MemoryUnit unit) {
        int slot = entries.size();
        int[] source = ids(unit.source(), true);
        Entry entry = new Entry(unit, source, ids(unit.target(), true), (int) Arrays.stream(source).distinct().count(),
                key(unit.source()), key(unit.target()));
        entries.add(entry);
        slotOf.put(unit.id(), slot);
        post(sourcePostings, entry.source(), slot);
        post(targetPostings, entry.target(), slot);
        bySource.computeIfAbsent(entry.sourceKey(), k -> new ArrayList<>(1)).add(slot);
        size++;
    }

    private void remove(long unitId) {
        Integer slot = slotOf.remove(unitId);
        if (slot == null) {
            return;
        }
        Entry entry = entries.set(slot, null);
        List<Integer> same = bySource.get(entry.sourceKey());
        same.remove(slot);
        if (same.isEmpty()) {
            bySource.remove(entry.sourceKey());
        }
        size--;
        // postings keep the slot; readers skip empty slots
    }

    private static void post(List<IntList> postings, int[] ids, int slot) {
        for (int id : Arrays.stream(ids).distinct().toArray()) {
            while (postings.size() <= id) {
                postings.add(new IntList());
            }
            postings.get(id).add(slot);
        }
    }

    /** Token ids of a text in order; unknown tokens are added when {@code learn}, else -1. */
    private int[] ids(String text, boolean learn) {
        List<MatchText.Token> tokens = MatchText.tokens(text);
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            String folded = MatchText.folded(tokens.get(i).key());
            Integer id = vocabulary.get(folded);
            if (id == null && learn) {
                id = vocabulary.size();
                vocabulary.put(folded, id);
            }
            ids[i] = id == null ? -1 : id;
        }
        return ids;
    }

    /** Text compared for "the same source": spaces collapsed. */
    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Units whose source matches the text at least {@code min} per cent, best first, the same pair once. */
    List<Hit> lookup(String text, int min, int limit) {
        List<MatchText.Token> queryTokens = MatchText.tokens(text);
        String[] query = queryTokens.stream().map(MatchText.Token::key).toArray(String[]::new);
        String[] queryFolded = Arrays.stream(query).map(MatchText::folded).toArray(String[]::new);
        lock.readLock().lock();
        try {
            int[] candidates = candidates(queryFolded, min);
            Map<String, Hit> best = new LinkedHashMap<>();
            for (int slot : candidates) {
                Entry entry = entries.get(slot);
                List<MatchText.Token> tokens = MatchText.tokens(entry.unit().source());
                String[] keys = tokens.stream().map(MatchText.Token::key).toArray(String[]::new);
                String[] folded = Arrays.stream(keys).map(MatchText::folded).toArray(String[]::new);
                int score = MatchText.score(keys, folded, query, queryFolded, entry.unit().source().equals(text));
                if (score < min) {
                    continue;
                }
                String pair = entry.sourceKey() + "\u0000" + entry.targetKey();
                Hit seen = best.get(pair);
                if (seen == null) {
                    best.put(pair, new Hit(entry.unit(), score, 1, others(entry)));
                } else {
                    boolean better = score > seen.score() || score == seen.score()
                            && entry.unit().createdAt().isAfter(seen.unit().createdAt());
                    best.put(pair, new Hit(better ? entry.unit() : seen.unit(), Math.max(score, seen.score()),
                            seen.count() + 1, seen.otherTargets()));
                }
            }
            return best.values().stream()
                    .sorted(Comparator.comparingInt(Hit::score).reversed()
                            .thenComparing(h -> h.unit().createdAt(), Comparator.reverseOrder()))
                    .limit(limit).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether a unit with this source and target is held already (spaces aside). */
    boolean holds(String source, String target) {
        lock.readLock().lock();
        try {
            String targetKey = key(target);
            return bySource.getOrDefault(key(source), List.of()).stream()
                    .anyMatch(slot -> entries.get(slot).targetKey().equals(targetKey));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The distinct other targets the same source was given (its inconsistency), most recent first. */
    private List<String> others(Entry entry) {
        Set<String> others = new LinkedHashSet<>();
        bySource.getOrDefault(entry.sourceKey(), List.of()).stream().map(entries::get)
                .filter(e -> !e.targetKey().equals(entry.targetKey()))
                .sorted(Comparator.comparing((Entry e) -> e.unit().createdAt()).reversed())
                .forEach(e -> others.add(e.unit().target()));
        return List.copyOf(others);
    }

    /**
     * The slots worth scoring: sharing tokens with the query, not so different in length that the score must fall
     * below {@code min}, the {@link #CANDIDATES} with the largest share of tokens in common.
     */
    private int[] candidates(String[] queryFolded, int min) {
        Set<Integer> distinct = new LinkedHashSet<>();
        for (String token : queryFolded) {
            Integer id = vocabulary.get(token);
            if (id != null && id < sourcePostings.size()) {
                distinct.add(id);
            }
        }
        int[] counts = new int[entries.size()];
        IntList touched = new IntList();
        for (int id : distinct) {
            IntList postings = sourcePostings.get(id);
            for (int i = 0; i < postings.size; i++) {
                int slot = postings.values[i];
                if (counts[slot]++ == 0) {
                    touched.add(slot);
                }
            }
        }
        int m = queryFolded.length;
        int queryDistinct = (int) Arrays.stream(queryFolded).distinct().count();
        long[] ranked = new long[touched.size];
        int kept = 0;
        for (int i = 0; i < touched.size; i++) {
            int slot = touched.values[i];
            Entry entry = entries.get(slot);
            if (entry == null) {
                continue;
            }
            int n = entry.source().length;
            int longer = Math.max(n, m);
            // the edit distance is at least the difference in length
            if (longer == 0 || 100.0 * (1 - (double) Math.abs(n - m) / longer) < min) {
                continue;
            }
            double share = counts[slot] / (double) Math.max(entry.sourceDistinct(), queryDistinct);
            // share in the high bits, the slot in the low ones: one sort of primitives
            ranked[kept++] = ((long) (share * 1_000_000) << 32) | slot;
        }
        long[] top = Arrays.copyOf(ranked, kept);
        Arrays.sort(top);
        int take = Math.min(CANDIDATES, kept);
        int[] slots = new int[take];
        for (int i = 0; i < take; i++) {
            slots[i] = (int) (top[kept - 1 - i] & 0xffffffffL);
        }
        return slots;
    }

    /** Where the units hold the phrase (token by token, ignoring case, accents and spacing): newest first. */
    record Found(List<MemoryUnit> units, int total) {
    }

    Found concordance(String phrase, boolean inSource, boolean inTarget, int limit) {
        lock.readLock().lock();
        try {
            int[] wanted = ids(phrase, false);
            if (wanted.length == 0 || Arrays.stream(wanted).anyMatch(id -> id < 0)) {
                return new Found(List.of(), 0);
            }
            List<MemoryUnit> found = new ArrayList<>();
            Set<Integer> seen = new java.util.HashSet<>();
            for (boolean source : new boolean[] {true, false}) {
                if (source ? !inSource : !inTarget) {
                    continue;
                }
                List<IntList> postings = source ? sourcePostings : targetPostings;
                IntList rarest = null;
                for (int id : wanted) {
                    IntList list = id < postings.size() ? postings.get(id) : new IntList();
                    if (rarest == null || list.size < rarest.size) {
                        rarest = list;
                    }
                }
                for (int i = 0; i < rarest.size; i++) {
                    int slot = rarest.values[i];
                    Entry entry = entries.get(slot);
                    if (entry != null && !seen.contains(slot) && contains(source ? entry.source() : entry.target(),
                            wanted)) {
                        seen.add(slot);
                        found.add(entry.unit());
                    }
                }
            }
            found.sort(Comparator.comparing(MemoryUnit::createdAt).reversed().thenComparing(MemoryUnit::id));
            return new Found(found.stream().limit(limit).toList(), found.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    private static boolean contains(int[] text, int[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= text.length; i++) {
            for (int j = 0; j < phrase.length; j++) {
                if (text[i + j] != phrase[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A growable array of ints (a posting list). */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
