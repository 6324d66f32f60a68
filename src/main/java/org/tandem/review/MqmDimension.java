package org.tandem.review;

import java.util.List;
import java.util.Locale;

/** The MQM 2.0 core error dimensions, each with its common error types (kebab-case, as in the typology). */
public enum MqmDimension {
    TERMINOLOGY("Terminology", List.of("inconsistent-with-termbase", "inconsistent-use-of-terminology",
            "wrong-term")),
    ACCURACY("Accuracy", List.of("mistranslation", "omission", "addition", "untranslated", "over-translation",
            "under-translation", "do-not-translate")),
    LINGUISTIC_CONVENTIONS("Linguistic conventions", List.of("grammar", "punctuation", "spelling",
            "unintelligible", "character-encoding", "textual-conventions")),
    STYLE("Style", List.of("awkward-style", "unidiomatic-style", "inconsistent-style", "language-register",
            "organizational-style", "third-party-style")),
    LOCALE_CONVENTIONS("Locale conventions", List.of("number-format", "date-format", "time-format",
            "currency-format", "measurement-format", "address-format", "telephone-format", "shortcut-key")),
    AUDIENCE_APPROPRIATENESS("Audience appropriateness", List.of("culture-specific-reference", "offensive",
            "inappropriate-for-audience")),
    DESIGN_AND_MARKUP("Design and markup", List.of("markup-tag", "layout", "truncation-text-expansion",
            "missing-text"));

    private final String label;
    private final List<String> types;

    MqmDimension(String label, List<String> types) {
        this.label = label;
        this.types = types;
    }

    public String label() {
        return label;
    }

    /** Common types, and "other" for anything else in the dimension. */
    public List<String> types() {
        return java.util.stream.Stream.concat(types.stream(), java.util.stream.Stream.of("other")).toList();
    }

    /** kebab-case id, e.g. {@code linguistic-conventions}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MqmDimension parse(String text) {
        for (MqmDimension d : values()) {
            if (d.id().equalsIgnoreCase(text == null ? "" : text.trim()) || d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown MQM dimension \"" + text + "\".");
    }

    /**
     * The dimension and type of an MQM 2.0 category path ({@code linguistic-conventions/spelling}, as issues carry
     * it); a type the dimension does not list is "other".
     */
    static String[] ofCategory(String category) {
        String c = category == null ? "" : category.toLowerCase(Locale.ROOT);
        int slash = c.indexOf('/');
        MqmDimension dimension;
        try {
            dimension = parse(slash < 0 ? c : c.substring(0, slash));
        } catch (IllegalArgumentException e) {
            dimension = LINGUISTIC_CONVENTIONS;
        }
        String type = slash < 0 ? "" : c.substring(slash + 1);
        return new String[] {dimension.id(), dimension.types().contains(type) ? type : "other"};
    }
}
