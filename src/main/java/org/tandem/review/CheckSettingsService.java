package org.tandem.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tandem.document.Document;
import org.tandem.document.DocumentService;
import org.tandem.qa.CheckInfo;
import org.tandem.qa.CheckProfile;
import org.tandem.qa.Issue;
import org.tandem.qa.QaService;
import org.tandem.qa.Severity;
import org.tandem.security.CurrentUser;

/**
 * Checks that learn from reviewers. Every applied suggestion and every dismissal is counted per check key (a check,
 * or one LanguageTool rule) and language pair; a key whose findings reviewers kept less than {@link #HINT_PRECISION}
 * of the time over at least {@link #HINT_DECISIONS} decisions is reported as a hint, with that reason. Editors switch
 * a check or rule off, or give it another severity, per language pair; the resulting {@link CheckProfile} is what the
 * workbench and the REST API report, and what the batch command reads from an exported file.
 */
@Service
@PreAuthorize("hasRole('TRANSLATOR')")
public class CheckSettingsService {

    /** Below this share of findings kept (suggestion applied) a check key becomes a hint… */
    public static final double HINT_PRECISION = 0.35;
    /** …once reviewers decided on at least this many of its findings in the pair. */
    public static final int HINT_DECISIONS = 20;

    /** One line of the Checks page: a check or rule in a pair, what reviewers decided, and its setting. */
    public record CheckRow(String pair, String key, String name, String description, int applied, int dismissed,
                           boolean enabled, Severity severity, String hint) {

        public int decisions() {
            return applied + dismissed;
        }

        /** The share of decided findings that were kept, or -1 before any decision. */
        public double precision() {
            return decisions() == 0 ? -1 : applied / (double) decisions();
        }
    }

    private final CheckSettingsRepository repository;
    private final QaService qa;
    private final DocumentService documents;

    CheckSettingsService(CheckSettingsRepository repository, QaService qa, DocumentService documents) {
        this.repository = repository;
        this.qa = qa;
        this.documents = documents;
    }

    /** Counts a reviewer's decision on a finding in a document: its suggestion applied, or the issue dismissed. */
    void decided(Document document, Issue issue, boolean applied) {
        repository.insertDecision(CheckProfile.pair(document.sourceLang(), document.targetLang()),
                CheckProfile.key(issue), applied, CurrentUser.name());
    }

    /** The profile every report applies: editors' settings, and hints from reviewers' decisions. */
    public CheckProfile profile() {
        CheckProfile profile = CheckProfile.NONE;
        Map<String, CheckSettingsRepository.Stored> stored = new HashMap<>();
        repository.settings().forEach(s -> stored.put(s.pair() + " " + s.checkKey(), s));
        for (CheckSettingsRepository.Tally t : repository.tallies()) {
            String hint = hint(t.applied(), t.dismissed());
            if (hint != null) {
                CheckSettingsRepository.Stored s = stored.remove(t.pair() + " " + t.checkKey());
                profile = profile.with(t.pair(), t.checkKey(), new CheckProfile.Setting(s == null || s.enabled(),
                        s == null ? null : s.severity(), hint));
            }
        }
        for (CheckSettingsRepository.Stored s : stored.values()) {
            profile = profile.with(s.pair(), s.checkKey(), new CheckProfile.Setting(s.enabled(), s.severity(), null));
        }
        return profile;
    }

    static String hint(int applied, int dismissed) {
        int n = applied + dismissed;
        if (n < HINT_DECISIONS || applied >= HINT_PRECISION * n) {
            return null;
        }
        return String.format(Locale.ROOT, "a hint, not an issue: reviewers kept %d of %d such findings (%.0f %%; "
                + "under %.0f %% over %d or more decisions)", applied, n, 100.0 * applied / n, 100 * HINT_PRECISION,
                HINT_DECISIONS);
    }

    /** The language pairs of the documents, and of any decision or setting, sorted. */
    public List<String> pairs() {
        TreeSet<String> pairs = new TreeSet<>();
        documents.documents().forEach(d -> pairs.add(CheckProfile.pair(d.sourceLang(), d.targetLang())));
        repository.tallies().forEach(t -> pairs.add(t.pair()));
        repository.settings().forEach(s -> pairs.add(s.pair()));
        return List.copyOf(pairs);
    }

    /** Every check, and every rule reviewers decided on or an editor set, in a pair. */
    public List<CheckRow> rows(String pair) {
        Map<String, CheckInfo> infos = new LinkedHashMap<>();
        qa.checks().forEach(c -> infos.put(c.id(), c));
        Map<String, int[]> counts = new LinkedHashMap<>();
        repository.tallies().stream().filter(t -> t.pair().equals(pair))
                .forEach(t -> counts.put(t.checkKey(), new int[] {t.applied(), t.dismissed()}));
        Map<String, CheckSettingsRepository.Stored> settings = new HashMap<>();
        repository.settings().stream().filter(s -> s.pair().equals(pair)).forEach(s -> settings.put(s.checkKey(), s));
        TreeSet<String> keys = new TreeSet<>(infos.keySet());
        keys.addAll(counts.keySet());
        keys.addAll(settings.keySet());
        List<CheckRow> rows = new ArrayList<>();
        for (String key : keys) {
            String checkId = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
            CheckInfo info = infos.get(checkId);
            int[] c = counts.getOrDefault(key, new int[2]);
            CheckSettingsRepository.Stored s = settings.get(key);
            String name = info == null ? checkId : info.name();
            if (key.contains(":")) {
                name = name + " · rule " + key.substring(key.indexOf(':') + 1);
            }
            rows.add(new CheckRow(pair, key, name, info == null ? "" : info.description(), c[0], c[1],
                    s == null || s.enabled(), s == null ? null : s.severity(), hint(c[0], c[1])));
        }
        return rows;
    }

    /** An editor switches a check or rule on or off, or gives it a severity (null: its own), in a pair. */
    @PreAuthorize("hasRole('EDITOR')")
    public void set(String pair, String key, boolean enabled, Severity severity) {
        if (pair == null || !pair.matches("[a-z]{2,8}-[a-z]{2,8}") || key == null || key.isBlank()
                || key.length() > 300) {
            throw new IllegalArgumentException("A setting needs a language pair such as es-en and a check key.");
        }
        if (enabled && severity == null) {
            repository.deleteSetting(pair, key);
        } else {
            repository.saveSetting(pair, key, enabled, severity, CurrentUser.name());
        }
    }

    /** The profile as a file for the batch command ({@code check --profile FILE}). */
    public byte[] exportProfile() {
        return profile().toJson();
    }

}
