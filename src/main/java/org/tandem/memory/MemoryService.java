package org.tandem.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.base.data.HeavyJobs;
import org.tandem.base.web.BadRequestException;
import org.tandem.document.FileTooLargeException;
import org.tandem.document.ImportProperties;
import org.tandem.io.MemoryData;
import org.tandem.io.MemoryFiles;
import org.tandem.security.CurrentUser;

/**
 * The translation memory's API: fuzzy matches for a source, concordance, TMX in and out. Every reviewed or approved
 * segment is kept ({@link MemoryRecorder}); a rejected one leaves. Lookups read the database's revisions newer than
 * the ones this instance has indexed, so units stored by another instance are found at once.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class MemoryService {

    /** The lowest match percentage shown unless asked otherwise (as memoQ's and OmegaT's defaults). */
    public static final int DEFAULT_MIN_SCORE = 50;
    /** The most matches or concordance lines one call returns. */
    public static final int MAX_RESULTS = 200;
    /** The longest source or target a unit keeps (the column's size). */
    static final int MAX_TEXT = 1_000_000;

    private final MemoryRepository repository;
    private final MemoryFiles files;
    private final TransactionTemplate transaction;
    private final HeavyJobs jobs;
    private final ImportProperties limits;
    private final Map<Bases, MemoryIndex> indexes = new ConcurrentHashMap<>();

    MemoryService(MemoryRepository repository, MemoryFiles files, TransactionTemplate transaction, HeavyJobs jobs,
                  ImportProperties limits) {
        this.repository = repository;
        this.files = files;
        this.transaction = transaction;
        this.jobs = jobs;
        this.limits = limits;
    }

    /**
     * Units whose source matches {@code text} at least {@code min} per cent, best first (the same pair once, with
     * how many units hold it), each with its differences to {@code text} and the other targets of its source.
     */
    public List<MemoryMatch> matches(String sourceLang, String targetLang, String text, int min, int limit) {
        requireLanguages(sourceLang, targetLang);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > MAX_TEXT) {
            throw new BadRequestException("The text has " + text.length() + " characters; at most " + MAX_TEXT
                    + " are looked up.");
        }
        int floor = Math.max(1, Math.min(100, min));
        return fresh(Bases.of(sourceLang, targetLang)).lookup(text, floor, clamp(limit)).stream()
                .map(hit -> new MemoryMatch(hit.unit(), hit.score(), SourceDiff.between(hit.unit().source(), text),
                        hit.count(), hit.otherTargets()))
                .toList();
    }

    /**
     * A match's target as it goes into a segment with this source: its inline codes renumbered to the segment's
     * where the two sources have the same codes in the same order, else left out for the reviewer to place.
     */
    public static String targetFor(MemoryUnit unit, String segmentSource) {
        return MatchInsertion.fit(unit, segmentSource);
    }

    /** Where the concordance looks. */
    public enum Side { SOURCE, TARGET, BOTH }

    /** Units holding a phrase, newest first, and how many hold it in all. */
    public record Concordance(List<MemoryUnit> units, int total) {
    }

    /** Units that hold the phrase (word by word, ignoring case, accents and spacing) in their source or target. */
    public Concordance concordance(String sourceLang, String targetLang, String phrase, Side side, int limit) {
        requireLanguages(sourceLang, targetLang);
        if (phrase == null || phrase.isBlank()) {
            return new Concordance(List.of(), 0);
        }
        Side where = side == null ? Side.BOTH : side;
        MemoryIndex.Found found = fresh(Bases.of(sourceLang, targetLang)).concordance(phrase,
                where != Side.TARGET, where != Side.SOURCE, clamp(limit));
        return new Concordance(found.units(), found.total());
    }

    /** How many units the memory holds for a language pair (its languages' varieties together). */
    public int size(String sourceLang, String targetLang) {
        requireLanguages(sourceLang, targetLang);
        return fresh(Bases.of(sourceLang, targetLang)).size();
    }

    /** A language pair the memory holds (as one of its units names it) and how many units it has. */
    public record Pair(String sourceLang, String targetLang, long units) {
    }

    /** The language pairs the memory holds, the largest first. */
    public List<Pair> pairs() {
        return repository.pairs();
    }

    /** What a TMX import added, left out as already held, and could not use (with why). */
    public record Imported(int units, int duplicates, List<String> skipped, List<String> pairs) {
    }

    /**
     * Loads a TMX file: every pair not held yet (the same source and target, spaces aside). The file is read whole
     * before anything is stored, so a file that cannot be read stores nothing.
     *
     * @throws org.tandem.io.ImportException naming the file and the problem
     */
    @PreAuthorize("hasRole('EDITOR')")
    public Imported importTmx(String fileName, byte[] bytes) {
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new FileTooLargeException(fileName, bytes.length, limits.maxFileSize().toBytes());
        }
        String name = fileName == null || fileName.isBlank() ? "memory.tmx" : fileName;
        return jobs.run("the import of " + name, () -> {
            MemoryData data = files.read(name, bytes);
            List<String> skipped = new ArrayList<>(data.skipped());
            List<MemoryRepository.NewUnit> added = new ArrayList<>();
            Set<String> inFile = new HashSet<>();
            Map<String, Integer> pairs = new LinkedHashMap<>();
            Map<Bases, MemoryIndex> held = new java.util.HashMap<>(); // brought up to date once per import
            int duplicates = 0;
            Instant now = Instant.now();
            String who = CurrentUser.name();
            for (MemoryData.Unit unit : data.units()) {
                if (unit.sourceLang().length() > 64 || unit.targetLang().length() > 64) {
                    throw new org.tandem.io.ImportException(name, "has a language tag over 64 characters");
                }
                if (unit.source().length() > MAX_TEXT || unit.target().length() > MAX_TEXT) {
                    skipped.add("a unit of over " + MAX_TEXT + " characters");
                    continue;
                }
                Bases bases = Bases.of(unit.sourceLang(), unit.targetLang());
                String key = bases + "\u0000" + MemoryIndex.key(unit.source()) + "\u0000"
                        + MemoryIndex.key(unit.target());
                if (!inFile.add(key) || held.computeIfAbsent(bases, this::fresh).holds(unit.source(),
                        unit.target())) {
                    duplicates++;
                    continue;
                }
                added.add(new MemoryRepository.NewUnit(unit.sourceLang(), unit.targetLang(), bases.source(),
                        bases.target(), unit.source(), unit.target(),
                        cut(unit.origin().isEmpty() ? name : unit.origin(), 1000),
                        cut(unit.createdBy().isEmpty() ? who : unit.createdBy(), 500),
                        unit.createdAt() == null ? now : unit.createdAt()));
                pairs.merge(unit.sourceLang() + " → " + unit.targetLang(), 1, Integer::sum);
            }
            if (!added.isEmpty()) {
                // in chunks, each with its revision: no transaction holds the counter for long (approvals wait for
                // it); a failure part-way leaves whole chunks, and loading the file again adds only the rest
                for (int from = 0; from < added.size(); from += MemoryRecorder.CHUNK) {
                    List<MemoryRepository.NewUnit> chunk = added.subList(from, Math.min(added.size(),
                            from + MemoryRecorder.CHUNK));
                    transaction.executeWithoutResult(tx -> repository.insert(chunk, repository.nextRevision()));
                }
            }
            return new Imported(added.size(), duplicates, skipped, pairs.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList());
        });
    }

    /** The units of a language pair as TMX 1.4b (its varieties together: en-GB work comes with en-US). */
    @PreAuthorize("hasRole('EDITOR')")
    public byte[] exportTmx(String sourceLang, String targetLang) {
        requireLanguages(sourceLang, targetLang);
        Bases bases = Bases.of(sourceLang, targetLang);
        List<MemoryData.Unit> units = new ArrayList<>();
        repository.units(bases.source(), bases.target(), u -> units.add(new MemoryData.Unit(u.sourceLang(),
                u.targetLang(), u.source(), u.target(), u.createdBy(), u.createdAt(), u.origin())));
        return files.write(sourceLang, targetLang, units);
    }

    /** The file name of an export. */
    public static String exportName(String sourceLang, String targetLang) {
        return "tandem-memory." + safe(sourceLang) + "-" + safe(targetLang) + ".tmx";
    }

    private static String safe(String tag) {
        return tag.replaceAll("[^A-Za-z0-9-]", "");
    }

    /**
     * Reads every language pair's units into this instance's indexes, so that the first segment opened after a
     * start does not wait for it (100,000 units: a few seconds).
     */
    public void warm() {
        for (MemoryService.Pair pair : pairs()) {
            fresh(Bases.of(pair.sourceLang(), pair.targetLang()));
        }
    }

    /** The pair's index with every revision stored so far applied (one reader of the database per index). */
    MemoryIndex fresh(Bases bases) {
        MemoryIndex index = indexes.computeIfAbsent(bases, b -> new MemoryIndex());
        synchronized (index) {
            List<MemoryRepository.Change> changes = new ArrayList<>();
            long[] newest = {index.revision()};
            repository.changesSince(bases.source(), bases.target(), index.revision(), change -> {
                changes.add(change);
                newest[0] = Math.max(newest[0], change.revision());
            });
            if (!changes.isEmpty()) {
                index.apply(changes, newest[0]);
            }
        }
        return index;
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(MAX_RESULTS, limit));
    }

    private static void requireLanguages(String sourceLang, String targetLang) {
        for (String[] lang : new String[][] {{"source", sourceLang}, {"target", targetLang}}) {
            if (lang[1] == null || lang[1].isBlank()) {
                throw new BadRequestException("Name the " + lang[0] + " language (a BCP 47 tag such as en-US).");
            }
            if (lang[1].length() > 64 || !lang[1].strip().matches("[A-Za-z]{1,8}([-_][A-Za-z0-9]{1,8})*")) {
                throw new BadRequestException("\"" + cut(lang[1], 70) + "\" is not a language tag (BCP 47, such "
                        + "as en-US).");
            }
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
