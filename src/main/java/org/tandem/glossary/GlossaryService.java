package org.tandem.glossary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.base.data.HeavyJobs;
import org.tandem.base.web.FieldLength;
import org.tandem.io.ImportException;
import org.tandem.io.Languages;
import org.tandem.io.TermStatus;
import org.tandem.io.TermbaseData;
import org.tandem.io.TermbaseFiles;
import org.tandem.language.Lemmatizer;
import org.tandem.qa.TermEntry;
import org.tandem.qa.TermMatch;
import org.tandem.qa.Terminology;

/**
 * The glossary feature's API: termbases in the database, their files, and the terminology a document gets.
 * Translators read and export termbases; editors change them; shipped termbases are loaded at start-up only.
 */
@Service
public class GlossaryService {

    private final GlossaryRepository repository;
    private final TermbaseFiles files;
    private final TransactionTemplate transaction;
    private final Lemmatizer lemmatizer;
    private final HeavyJobs jobs;
    /** Terminologies by fingerprint: built indexes are reused until a termbase changes. */
    private final Map<String, GlossaryTerminology> terminologies = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, GlossaryTerminology> eldest) {
                    return size() > 8;
                }
            });

    GlossaryService(GlossaryRepository repository, TermbaseFiles files, TransactionTemplate transaction,
                    Lemmatizer lemmatizer, HeavyJobs jobs) {
        this.jobs = jobs;
        this.repository = repository;
        this.files = files;
        this.transaction = transaction;
        this.lemmatizer = lemmatizer;
    }

    /** A concept as the glossary view shows it. */
    public record ConceptEntry(long id, long termbaseId, TermbaseData.Concept concept) {
    }

    /** A term of a segment's source and what the target should say for it, preferred first. */
    public record FoundTerm(String source, int start, int end, List<String> required, List<String> avoid) {
    }

    @PreAuthorize("hasRole('TRANSLATOR')")
    public List<Termbase> termbases() {
        return repository.findAll();
    }

    @PreAuthorize("hasRole('TRANSLATOR')")
    public Optional<Termbase> termbase(long id) {
        return repository.find(id);
    }

    /**
     * Imports a TBX or CSV file as a new termbase, all or nothing.
     *
     * @param languages the languages of a CSV's columns when its header does not name them (may be empty)
     * @throws ImportException naming the file and the problem; nothing is stored then
     */
    @PreAuthorize("hasRole('EDITOR')")
    public Termbase importFile(String fileName, byte[] bytes, List<String> languages) {
        return jobs.run("the import of " + fileName, () -> {
            TermbaseData data = read(fileName, bytes, languages);
            TermbaseData named = data.name().isBlank() ? new TermbaseData(baseName(fileName), data.description(),
                    data.languages(), data.concepts()) : data;
            TermbaseLimits.problem(named).ifPresent(problem -> {
                throw new ImportException(fileName, problem);
            });
            long id = transaction.execute(status -> repository.insertTermbase(named, null, null));
            return repository.find(id).orElseThrow();
        });
    }

    /** Reads a termbase file without storing it (the batch check's {@code --glossary}). */
    public TermbaseData read(String fileName, byte[] bytes, List<String> languages) {
        return files.read(fileName, bytes, languages == null ? List.of() : languages);
    }

    /**
     * Loads a termbase shipped with Tandem: imported the first time, imported again when the file changed (by
     * content checksum), left alone when it did not. Returns whether anything was stored.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean loadShipped(String origin, byte[] bytes) {
        String checksum = sha256(bytes);
        Optional<Termbase> existing = repository.findByOrigin(origin);
        if (existing.isPresent() && checksum.equals(repository.checksum(existing.get().id()))) {
            return false;
        }
        TermbaseData data = read(origin, bytes, List.of());
        TermbaseData named = data.name().isBlank() ? new TermbaseData(baseName(origin), data.description(),
                data.languages(), data.concepts()) : data;
        transaction.executeWithoutResult(status -> {
            if (existing.isPresent()) {
                repository.replaceTermbase(existing.get().id(), named, checksum);
            } else {
                repository.insertTermbase(named, origin, checksum);
            }
        });
        return true;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public Termbase create(String name, List<String> languages) {
        List<String> tags = languages.stream().map(Languages::canonical).toList();
        long id = transaction.execute(status -> repository.insertTermbase(
                new TermbaseData(name, "", tags, List.of()), null, null));
        return repository.find(id).orElseThrow();
    }

    @PreAuthorize("hasRole('EDITOR')")
    public boolean delete(long termbaseId) {
        return repository.delete(termbaseId);
    }

    @PreAuthorize("hasRole('TRANSLATOR')")
    public byte[] export(long termbaseId, TermbaseFiles.Format format) {
        Termbase termbase = repository.find(termbaseId).orElseThrow(() -> new GlossaryNotFoundException(termbaseId));
        List<TermbaseData.Concept> concepts = repository.concepts(termbaseId).stream()
                .map(GlossaryRepository.StoredConcept::concept).toList();
        return files.write(new TermbaseData(termbase.name(), termbase.description(), termbase.languages(), concepts),
                format);
    }

    /** The concepts of a termbase whose terms, definition or note contain the query (all when it is blank). */
    @PreAuthorize("hasRole('TRANSLATOR')")
    public List<ConceptEntry> concepts(long termbaseId, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return repository.concepts(termbaseId).stream()
                .filter(c -> q.isEmpty() || c.concept().terms().stream()
                        .anyMatch(t -> t.text().toLowerCase(Locale.ROOT).contains(q))
                        || c.concept().definition().toLowerCase(Locale.ROOT).contains(q)
                        || c.concept().note().toLowerCase(Locale.ROOT).contains(q))
                .map(c -> new ConceptEntry(c.id(), termbaseId, c.concept()))
                .toList();
    }

    /**
     * Adds a concept (conceptId null) or replaces one, with its terms.
     *
     * @throws IllegalArgumentException when a term is empty or a language unknown
     */
    @PreAuthorize("hasRole('EDITOR')")
    public long saveConcept(long termbaseId, Long conceptId, TermbaseData.Concept concept) {
        repository.find(termbaseId).orElseThrow(() -> new GlossaryNotFoundException(termbaseId));
        if (concept.terms().isEmpty()) {
            throw new IllegalArgumentException("a concept needs at least one term");
        }
        List<TermbaseData.Term> terms = new ArrayList<>();
        for (TermbaseData.Term t : concept.terms()) {
            if (t.text() == null || t.text().isBlank()) {
                throw new IllegalArgumentException("a term is empty");
            }
            terms.add(new TermbaseData.Term(Languages.canonical(t.lang()), t.text().strip(), t.status(),
                    t.partOfSpeech(), t.caseSensitive(), t.note()));
        }
        TermbaseData.Concept clean = new TermbaseData.Concept(concept.id(), concept.subjectField(),
                concept.definition(), concept.note(), terms);
        TermbaseLimits.problem(clean).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return transaction.execute(status -> {
            long id;
            if (conceptId == null) {
                id = repository.addConcept(termbaseId, clean);
            } else {
                long owner = repository.termbaseOfConcept(conceptId)
                        .orElseThrow(() -> new IllegalArgumentException("no concept " + conceptId));
                if (owner != termbaseId) {
                    throw new IllegalArgumentException("concept " + conceptId + " is not in termbase " + termbaseId);
                }
                repository.updateConcept(conceptId, clean);
                id = conceptId;
            }
            repository.touch(termbaseId, repository.languagesInUse(termbaseId));
            return id;
        });
    }

    @PreAuthorize("hasRole('EDITOR')")
    public void deleteConcept(long conceptId) {
        transaction.executeWithoutResult(status -> repository.termbaseOfConcept(conceptId).ifPresent(termbaseId -> {
            repository.deleteConcept(conceptId);
            repository.touch(termbaseId, repository.languagesInUse(termbaseId));
        }));
    }

    /**
     * Adds a source term and its required translation (both preferred) as a new concept for a document: the
     * workbench's "add to glossary". It goes to a termbase of the user's (not a shipped one, which its file would
     * overwrite) that the document uses, else one for the language pair, else a new "Project glossary"; the
     * document is then checked against it.
     *
     * @throws IllegalArgumentException when a term is empty
     */
    @PreAuthorize("hasRole('EDITOR')")
    public long addTermPair(long documentId, String sourceLang, String source, String targetLang, String target) {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("both the source term and its translation are needed");
        }
        FieldLength.require("source term", source.strip(), TermbaseLimits.TERM);
        FieldLength.require("target term", target.strip(), TermbaseLimits.TERM);
        long id = termbasesFor(documentId, sourceLang, targetLang).stream().filter(t -> t.origin() == null)
                .map(Termbase::id).findFirst()
                .orElseGet(() -> termbases().stream()
                        .filter(t -> t.origin() == null && covers(t.languages(), sourceLang, targetLang))
                        .map(Termbase::id).findFirst()
                        .orElseGet(() -> create("Project glossary " + sourceLang + "–" + targetLang,
                                List.of(sourceLang, targetLang)).id()));
        repository.chosenTermbases(documentId).filter(chosen -> !chosen.contains(id)).ifPresent(chosen -> {
            List<Long> more = new ArrayList<>(chosen);
            more.add(id);
            chooseTermbases(documentId, more);
        });
        return saveConcept(id, null, new TermbaseData.Concept("", "", "", "", List.of(
                new TermbaseData.Term(sourceLang, source.strip(), TermStatus.PREFERRED, "", false, ""),
                new TermbaseData.Term(targetLang, target.strip(), TermStatus.PREFERRED, "", false, ""))));
    }

    /** The termbases a document is checked against: the ones chosen for it, else every one for its languages. */
    @PreAuthorize("hasRole('TRANSLATOR')")
    public List<Termbase> termbasesFor(long documentId, String sourceLang, String targetLang) {
        Optional<List<Long>> chosen = repository.chosenTermbases(documentId);
        return termbases().stream().filter(t -> chosen.map(ids -> ids.contains(t.id()))
                .orElseGet(() -> covers(t.languages(), sourceLang, targetLang))).toList();
    }

    @PreAuthorize("hasRole('EDITOR')")
    public void chooseTermbases(long documentId, List<Long> termbaseIds) {
        transaction.executeWithoutResult(status -> repository.chooseTermbases(documentId, termbaseIds));
    }

    /**
     * The terminology a document's checks use. Asked on every check and segment opened: it reads only ids and
     * revisions (no counts), and reuses a built terminology while no termbase changed.
     */
    @PreAuthorize("hasRole('TRANSLATOR')")
    public Terminology terminology(long documentId, String sourceLang, String targetLang) {
        Optional<List<Long>> chosen = repository.chosenTermbases(documentId);
        List<GlossaryRepository.Revision> termbases = repository.revisions().stream().filter(t -> chosen
                .map(ids -> ids.contains(t.id())).orElseGet(() -> covers(t.languages(), sourceLang, targetLang)))
                .toList();
        if (termbases.isEmpty()) {
            return Terminology.NONE;
        }
        StringBuilder fingerprint = new StringBuilder("db");
        termbases.forEach(t -> fingerprint.append(':').append(t.id()).append('r').append(t.revision()));
        return terminologies.computeIfAbsent(fingerprint.toString(), key -> {
            Map<String, List<TermbaseData.Concept>> concepts = new LinkedHashMap<>();
            termbases.forEach(t -> concepts.put(String.valueOf(t.id()), repository.concepts(t.id()).stream()
                    .map(GlossaryRepository.StoredConcept::concept).toList()));
            return new GlossaryTerminology(key, concepts, lemmatizer);
        });
    }

    /** The terms found in a segment's source with the target terms they require, for the workbench. */
    @PreAuthorize("hasRole('TRANSLATOR')")
    public List<FoundTerm> termsIn(Terminology terminology, String source, String sourceLang, String targetLang) {
        List<FoundTerm> found = new ArrayList<>();
        for (TermMatch match : terminology.find(source, sourceLang)) {
            List<TermEntry> targets = terminology.entries(match.entry().conceptKey(), targetLang);
            List<String> required = targets.stream().filter(e -> e.usage().allowed()).map(TermEntry::text).toList();
            List<String> avoid = targets.stream().filter(e -> !e.usage().allowed()).map(TermEntry::text).toList();
            if (!required.isEmpty() || !avoid.isEmpty()) {
                found.add(new FoundTerm(source.substring(match.start(), match.end()), match.start(), match.end(),
                        required, avoid));
            }
        }
        return found.stream().distinct().toList();
    }

    private static boolean covers(List<String> languages, String sourceLang, String targetLang) {
        return languages.stream().anyMatch(l -> GlossaryTerminology.sameLanguage(l, sourceLang))
                && languages.stream().anyMatch(l -> GlossaryTerminology.sameLanguage(l, targetLang));
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "Termbase" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.replaceFirst("\\.[A-Za-z0-9]+$", "");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
