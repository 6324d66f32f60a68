package org.tandem.qa;

import java.util.List;

/**
 * The rule every suggestion keeps, whichever check made it: applied to its span it never glues two words into one.
 * A suggestion that would (LanguageTool's {@code the ,ICC} → {@code theICC}) gets the space it lacks.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The issue with each suggestion spaced where it would otherwise touch a word it did not touch before. */
    public static Issue spaced(String target, Issue issue) {
        if (issue.suggestions().isEmpty() || issue.end() > target.length()) {
            return issue;
        }
        String span = target.substring(issue.start(), issue.end());
        char left = issue.start() > 0 ? target.charAt(issue.start() - 1) : ' ';
        char right = issue.end() < target.length() ? target.charAt(issue.end()) : ' ';
        List<String> spaced = issue.suggestions().stream().map(s -> spaced(s, span, left, right)).distinct().toList();
        return spaced.equals(issue.suggestions()) ? issue : new Issue(issue.checkId(), issue.category(),
                issue.severity(), issue.start(), issue.end(), issue.message(), spaced, issue.itsType(), issue.rule());
    }

    private static String spaced(String suggestion, String span, char left, char right) {
        if (suggestion.isEmpty()) {
            boolean separated = span.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
            return separated && joins(left, right) ? " " : suggestion;
        }
        String s = suggestion;
        if (joins(left, s.charAt(0)) && (span.isEmpty() || !joins(left, span.charAt(0)))) {
            s = " " + s;
        }
        if (joins(s.charAt(s.length() - 1), right) && (span.isEmpty() || !joins(span.charAt(span.length() - 1),
                right))) {
            s = s + " ";
        }
        return s;
    }

    private static boolean joins(char left, char right) {
        return Character.isLetterOrDigit(left) && Character.isLetterOrDigit(right);
    }
}
