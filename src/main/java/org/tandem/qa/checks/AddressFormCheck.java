package org.tandem.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tandem.qa.Categories;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.Issue;
import org.tandem.qa.SegmentPair;
import org.tandem.qa.Severity;

/**
 * The reader addressed both formally and informally in one document ({@code Sie} and {@code du} in German,
 * {@code usted} and {@code tú} in Spanish): machine translation picks one per sentence. The minority form is flagged;
 * on a tie nothing is, as there is no telling which was meant. Only unambiguous forms count: German {@code ihr} and
 * {@code sie} (also "her", "they") and Spanish {@code su} or {@code ustedes} (plural "you" in the Americas) do not.
 * Quoted speech is left out: a character may address another in any form. Languages without the distinction, or
 * without a table row, are not checked.
 */
@Component
public class AddressFormCheck implements DocumentCheck {

    /** The forms of one language: informal and formal, as patterns over the masked target. */
    record Forms(Pattern informal, Pattern formal, String informalName, String formalName) {
    }

    /** A word not at a sentence start: a capital there says nothing about formality. */
    private static final String MID_SENTENCE =
            "(?<![.!?:;\"„“”«»‹›'‘’()\\[\\]–—-]\\s{0,3})(?<!^\\s{0,3})";

    static final Map<String, Forms> FORMS = Map.of(
            "de", new Forms(
                    Pattern.compile("(?iu)(?<![\\p{L}])(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|"
                            + "eure|euren|eurem|eurer|eures)(?![\\p{L}])"),
                    Pattern.compile("(?u)" + MID_SENTENCE + "(?<![\\p{L}])(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)"
                            + "(?![\\p{L}])"),
                    "du", "Sie"),
            "es", new Forms(
                    Pattern.compile("(?iu)(?<![\\p{L}])(tú|contigo|vosotros|vosotras|vuestro|vuestra|vuestros|"
                            + "vuestras)(?![\\p{L}])"),
                    Pattern.compile("(?iu)(?<![\\p{L}])(usted)(?![\\p{L}])"),
                    "tú", "usted"));

    @Override
    public String id() {
        return "address-consistency";
    }

    @Override
    public String name() {
        return "Formal and informal address";
    }

    @Override
    public String description() {
        return "The reader addressed formally and informally in one document (Sie and du, usted and tú).";
    }

    @Override
    public List<Found> check(List<SegmentPair> segments) {
        if (segments.isEmpty()) {
            return List.of();
        }
        Forms forms = FORMS.get(segments.get(0).targetLanguage().toLowerCase(Locale.ROOT));
        if (forms == null) {
            return List.of();
        }
        List<int[]> informal = new ArrayList<>();
        List<int[]> formal = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).maskedTarget();
            List<int[]> quoted = quoted(text);
            collect(forms.informal(), text, quoted, i, informal);
            collect(forms.formal(), text, quoted, i, formal);
        }
        if (informal.isEmpty() || formal.isEmpty() || informal.size() == formal.size()) {
            return List.of();
        }
        boolean informalIsRare = informal.size() < formal.size();
        List<int[]> rare = informalIsRare ? informal : formal;
        String usual = informalIsRare ? forms.formalName() : forms.informalName();
        String message = "The reader is addressed " + (informalIsRare ? "informally" : "formally") + " here; the rest "
                + "of the document says “" + usual + "” (" + Math.max(informal.size(), formal.size()) + " times).";
        List<Found> found = new ArrayList<>();
        for (int[] at : rare) {
            found.add(new Found(at[0], new Issue(id(), Categories.ofIts("register"), Severity.MINOR, at[1], at[2],
                    message, List.of(), "register")));
        }
        return found;
    }

    /** Quoted speech: someone addressing someone else, in whatever form suits them. */
    private static final Pattern QUOTED =
            Pattern.compile("„[^“”\"]*[“”\"]|\"[^\"]*\"|“[^”]*”|«[^»]*»|»[^«]*«");

    private static List<int[]> quoted(String text) {
        List<int[]> quoted = new ArrayList<>();
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            quoted.add(new int[] {q.start(), q.end()});
        }
        return quoted;
    }

    private static void collect(Pattern form, String text, List<int[]> quoted, int index, List<int[]> into) {
        Matcher m = form.matcher(text);
        while (m.find()) {
            int at = m.start(1);
            if (quoted.stream().noneMatch(r -> r[0] < at && at < r[1])) {
                into.add(new int[] {index, at, m.end(1)});
            }
        }
    }
}
