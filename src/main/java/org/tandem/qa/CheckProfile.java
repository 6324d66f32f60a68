package org.tandem.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a team wants checks reported, per language pair: a check (or one LanguageTool rule) switched off, given
 * another severity, or shown only as a hint because reviewers decided against most of its findings. The same
 * profile applies in the workbench, the REST API and the batch command ({@code check --profile FILE}), so that a CI
 * gate reports what reviewers see. Pure: built from the database by the review feature or read from a file.
 *
 * @param pairs settings by language pair ({@link #pair}), then by check key ({@link #key})
 */
public record CheckProfile(Map<String, Map<String, Setting>> pairs) {

    /** What one check or rule does in one pair; {@code severity} null keeps the check's own. */
    public record Setting(boolean enabled, Severity severity, String hint) {

        public Setting {
            hint = hint == null || hint.isBlank() ? null : hint;
        }

        public static final Setting DEFAULT = new Setting(true, null, null);
    }

    public static final CheckProfile NONE = new CheckProfile(Map.of());

    public CheckProfile {
        pairs = pairs == null ? Map.of() : pairs;
        Map<String, Map<String, Setting>> copy = new LinkedHashMap<>();
        pairs.forEach((pair, settings) -> copy.put(pair, Map.copyOf(settings)));
        pairs = Map.copyOf(copy);
    }

    /** The pair key of two languages: their primary subtags, {@code es-en} for es-ES → en-US. */
    public static String pair(String sourceLang, String targetLang) {
        return primary(sourceLang) + "-" + primary(targetLang);
    }

    private static String primary(String tag) {
        String t = tag == null ? "und" : tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }

    /** The key of what found an issue: its check, or {@code check:rule} for a check with rules (LanguageTool). */
    public static String key(Issue issue) {
        return issue.rule() == null || issue.rule().isBlank() ? issue.checkId() : issue.checkId() + ":" + issue.rule();
    }

    /** The setting for an issue: its rule's when there is one, else its check's, else the default. */
    public Setting setting(String pair, Issue issue) {
        Map<String, Setting> settings = pairs.getOrDefault(pair, Map.of());
        Setting rule = settings.get(key(issue));
        Setting check = settings.get(issue.checkId());
        if (rule == null) {
            return check == null ? Setting.DEFAULT : check;
        }
        // A rule inherits what it does not say itself from its check; a check switched off silences its rules.
        boolean enabled = rule.enabled() && (check == null || check.enabled());
        Severity severity = rule.severity() != null ? rule.severity() : check == null ? null : check.severity();
        return new Setting(enabled, severity, rule.hint() != null ? rule.hint() : check == null ? null : check.hint());
    }

    /** The issues as the profile reports them: switched-off ones dropped, severities replaced. */
    public List<Issue> apply(String sourceLang, String targetLang, List<Issue> issues) {
        if (pairs.isEmpty()) {
            return issues;
        }
        String pair = pair(sourceLang, targetLang);
        List<Issue> kept = new ArrayList<>();
        for (Issue issue : issues) {
            Setting s = setting(pair, issue);
            if (s.enabled()) {
                kept.add(s.severity() == null || s.severity() == issue.severity() ? issue
                        : new Issue(issue.checkId(), issue.category(), s.severity(), issue.start(), issue.end(),
                        issue.message(), issue.suggestions(), issue.itsType(), issue.rule()));
            }
        }
        return kept;
    }

    /** Why an issue is only a hint in this pair (reviewers decided against most of its kind), if it is one. */
    public Optional<String> hint(String sourceLang, String targetLang, Issue issue) {
        return Optional.ofNullable(setting(pair(sourceLang, targetLang), issue).hint());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    /** The profile as a file, as the Checks page exports it. */
    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A profile file, as the Checks page exports it.
     *
     * @throws IllegalArgumentException naming the problem when it is not one
     */
    public static CheckProfile fromJson(byte[] json) {
        try {
            CheckProfile profile = JSON.readValue(json, CheckProfile.class);
            if (profile == null) {
                throw new IllegalArgumentException("not a Tandem check profile: it has no \"pairs\"");
            }
            return profile;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a Tandem check profile: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a Tandem check profile: " + e.getMessage(), e);
        }
    }

    /** The profile with one more setting. */
    public CheckProfile with(String pair, String key, Setting setting) {
        Map<String, Map<String, Setting>> copy = new LinkedHashMap<>();
        pairs.forEach((p, s) -> copy.put(p, new LinkedHashMap<>(s)));
        copy.computeIfAbsent(pair, p -> new LinkedHashMap<>()).put(key, setting);
        return new CheckProfile(copy);
    }
}
