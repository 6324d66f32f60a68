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
    static final int RULESET_VERSION = 1;
    private static final int CACHE_SIZE = 50_000;

    private final List<Check> checks;
    private final List<DocumentCheck> documentChecks;
    private final Map<Key, List<Issue>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, List<Issue>> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    QaService(List<Check> checks, List<DocumentCheck> documentChecks) {
        this.checks = List.copyOf(checks);
        this.documentChecks = List.copyOf(documentChecks);
    }

    private record Key(int version, String source, String target, String sourceLang, String targetLang) {
    }

    /** The issues of one segment, ordered by position. */
    public List<Issue> check(SegmentPair pair) {
        Key key = new Key(RULESET_VERSION, pair.source(), pair.target(), pair.sourceLang(), pair.targetLang());
        List<Issue> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        List<Issue> issues = new ArrayList<>();
        for (Check check : checks) {
            issues.addAll(check.check(pair));
        }
        issues.sort(java.util.Comparator.comparingInt(Issue::start).thenComparingInt(Issue::end));
        List<Issue> result = List.copyOf(issues);
        cache.put(key, result);
        return result;
    }

    /** The issues of every segment of a document (segment checks and document checks), by index. */
    public List<List<Issue>> check(List<SegmentPair> pairs) {
        List<List<Issue>> all = new ArrayList<>();
        for (SegmentPair pair : pairs) {
            all.add(new ArrayList<>(check(pair)));
        }
        for (DocumentCheck check : documentChecks) {
            for (DocumentCheck.Found found : check.check(pairs)) {
                all.get(found.index()).add(found.issue());
            }
        }
        for (List<Issue> issues : all) {
            issues.sort(java.util.Comparator.comparingInt(Issue::start).thenComparingInt(Issue::end));
        }
        return all.stream().map(List::copyOf).toList();
    }

    /** The ids of all checks, for filters. */
    public List<String> checkIds() {
        List<String> ids = new ArrayList<>(checks.stream().map(Check::id).toList());
        documentChecks.stream().map(DocumentCheck::id).forEach(ids::add);
        return ids;
    }

    /** Applies a suggestion: the target with the issue's span replaced. */
    public static String apply(String target, Issue issue, String suggestion) {
        Objects.requireNonNull(suggestion);
        return target.substring(0, issue.start()) + suggestion + target.substring(issue.end());
    }
}
