package org.tandem.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Runs every check over segment pairs. Segment results are cached by text, languages and rule-set version, so
 * re-opening a document or re-checking after one edit re-runs the segment checks of changed segments only;
 * document checks (consistency) run over the whole document each time, which costs milliseconds.
 */
@Service
public class QaService {

    /** Bump when a check's behaviour changes, so cached results are not reused. */
    public static final int RULESET_VERSION = 7;
    private static final int CACHE_SIZE = 50_000;
    /** As many as LanguageTool instances per language (2 on these machines), so no thread waits for one. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private final java.util.concurrent.ExecutorService workers;
    private final org.tandem.language.LanguageToolServers servers;

    private final List<Check> checks;
    private final List<DocumentCheck> documentChecks;
    private final Map<String, Precedence> precedences;
    private final Map<Key, List<Issue>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, List<Issue>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    QaService(List<Check> checks, List<DocumentCheck> documentChecks, org.tandem.language.LanguageToolServers servers) {
        this.servers = servers;
        // With LanguageTool on servers, a worker mostly waits for an answer: more of them keep the servers busy.
        int threads = servers.configured() ? Math.max(THREADS, servers.parallelism()) : THREADS;
        this.workers = java.util.concurrent.Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "qa-check");
            thread.setDaemon(true);
            return thread;
        });
        this.checks = List.copyOf(checks);
        this.documentChecks = List.copyOf(documentChecks);
        this.precedences = allChecks().collect(java.util.stream.Collectors.toMap(QualityCheck::id,
                QualityCheck::precedence));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    private record Key(int version, String source, String target, String sourceLang, String targetLang,
                       String terminology) {
    }

    /** The issues of one segment, ordered by position. */
    private static Key key(SegmentPair pair) {
        return new Key(RULESET_VERSION, pair.source(), pair.target(), pair.sourceLang(), pair.targetLang(),
                pair.terminology().fingerprint());
    }

    public List<Issue> check(SegmentPair pair) {
        Key key = key(pair);
        List<Issue> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<Issue> found = new ArrayList<>();
        for (Check check : checks) {
            check.check(pair).forEach(issue -> found.add(Suggestions.spaced(pair.target(), issue)));
        }
        List<Issue> result = List.copyOf(outranked(found));
        if (result.stream().noneMatch(Issue::pending)) {
            cache.put(key, result);
        }
        return result;
    }

    /**
     * The issues that are not said better by another check (see {@link Precedence}): one overlapped by an issue of
     * a higher precedence is dropped, and so is one whose span an issue of the same precedence, found first, covers
     * already. Ordered by position.
     */
    private List<Issue> outranked(List<Issue> found) {
        List<Issue> kept = new ArrayList<>();
        for (Issue issue : found) {
            int rank = precedence(issue).ordinal();
            boolean saidBetter = found.stream().anyMatch(other -> !other.checkId().equals(issue.checkId())
                    && precedence(other).ordinal() > rank && overlap(issue, other));
            boolean saidAlready = kept.stream().anyMatch(other -> !other.checkId().equals(issue.checkId())
                    && precedence(other).ordinal() == rank && other.start() == issue.start()
                    && other.end() == issue.end());
            if (!saidBetter && !saidAlready) {
                kept.add(issue);
            }
        }
        kept.sort(java.util.Comparator.comparingInt(Issue::start).thenComparingInt(Issue::end));
        return kept;
    }

    private static boolean overlap(Issue a, Issue b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private Precedence precedence(Issue issue) {
        return precedences.getOrDefault(issue.checkId(), Precedence.SPECIFIC);
    }

    /**
     * Calls the listener when checks that could not run (their results {@link Issue#pending() pending}) can run
     * again: re-check what showed pending. Returns what ends the subscription.
     */
    public Runnable onResumed(Runnable listener) {
        return servers.onResumed(listener);
    }

    /** What the checks cannot cover for a document of these languages (e.g. no LanguageTool for the target). */
    public List<String> notices(String sourceLang, String targetLang) {
        return allChecks().flatMap(c -> c.notices(sourceLang, targetLang).stream()).toList();
    }

    /** Every check, segment and document checks alike, as users see it listed. */
    public List<CheckInfo> checks() {
        return allChecks().map(QualityCheck::info).toList();
    }

    private java.util.stream.Stream<QualityCheck> allChecks() {
        return java.util.stream.Stream.concat(checks.stream(), documentChecks.stream());
    }

    /** The issues of every segment of a document (segment checks and document checks), by index. */
    public List<List<Issue>> check(List<SegmentPair> pairs) {
        return check(pairs, done -> { });
    }

    /**
     * Like {@link #check(List)}, on {@link #THREADS} threads (one LanguageTool instance each), reporting how many
     * segments are done.
     */
    public List<List<Issue>> check(List<SegmentPair> pairs, java.util.function.IntConsumer progress) {
        return check(pairs, progress, Map.of());
    }

    /**
     * Like {@link #check(List, java.util.function.IntConsumer)}, with segment results already known (stored from an
     * earlier check of the same text with this rule set) given by index: those segments are not checked again.
     */
    public List<List<Issue>> check(List<SegmentPair> pairs, java.util.function.IntConsumer progress,
                                   Map<Integer, List<Issue>> known) {
        known.forEach((index, issues) -> cache.put(key(pairs.get(index)), List.copyOf(issues)));
        List<List<Issue>> all = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<List<Issue>>> futures = new ArrayList<>();
        for (SegmentPair pair : pairs) {
            List<Issue> cached = cache.get(key(pair));
            if (cached != null) {
                futures.add(java.util.concurrent.CompletableFuture.completedFuture(cached));
                progress.accept(done.incrementAndGet());
                continue;
            }
            futures.add(workers.submit(() -> {
                List<Issue> issues = check(pair);
                progress.accept(done.incrementAndGet());
                return issues;
            }));
        }
        // Document checks need only the texts: they run here while the workers check changed segments.
        List<DocumentCheck.Found> documentFound = new ArrayList<>();
        for (DocumentCheck check : documentChecks) {
            documentFound.addAll(check.check(pairs));
        }
        for (java.util.concurrent.Future<List<Issue>> future : futures) {
            try {
                all.add(new ArrayList<>(future.get()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("checking was interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        documentFound.forEach(found -> all.get(found.index()).add(Suggestions.spaced(pairs.get(found.index())
                .target(), found.issue())));
        return all.stream().map(issues -> List.copyOf(outranked(issues))).toList();
    }

    /**
     * The segment-level issues of a pair, if this run has them already (for storing them); never a pending result,
     * which is not kept.
     */
    public java.util.Optional<List<Issue>> cached(SegmentPair pair) {
        return java.util.Optional.ofNullable(cache.get(key(pair)));
    }

    /** A stable fingerprint of what a segment's checks depend on: texts, languages, rule set and termbases. */
    public static String textKey(SegmentPair pair) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {pair.source(), pair.target(), pair.sourceLang(), pair.targetLang(),
                    String.valueOf(RULESET_VERSION), pair.terminology().fingerprint()}) {
                digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies a suggestion: the target with the issue's span replaced. */
    public static String apply(String target, Issue issue, String suggestion) {
        Objects.requireNonNull(suggestion);
        return target.substring(0, issue.start()) + suggestion + target.substring(issue.end());
    }
}
