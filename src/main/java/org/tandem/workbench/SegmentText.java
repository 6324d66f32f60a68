package org.tandem.workbench;

import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.document.TextSearch;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;
import org.tandem.qa.Issue;

/**
 * Segment text for display: inline-code tokens become small non-editable chips that show their XML on hover, and
 * issue spans are underlined in their severity's colour with the message on hover.
 */
final class SegmentText {

    private SegmentText() {
    }

    static Span render(String text, List<InlineCode> codes, String className) {
        return render(text, codes, className, List.of());
    }

    static Span render(String text, List<InlineCode> codes, String className, List<Issue> issues) {
        return render(text, codes, className, issues, List.of());
    }

    /** The text with its issues marked and the search's hits highlighted ({@code mark.search-hit}). */
    static Span render(String text, List<InlineCode> codes, String className, List<Issue> issues,
                       List<TextSearch.Hit> hits) {
        Span span = new Span();
        span.addClassName("segment-text");
        span.addClassName(className);
        String value = text == null ? "" : text;
        Map<String, InlineCode> byToken = new HashMap<>();
        for (InlineCode code : codes) {
            byToken.put(code.token(), code);
        }
        int at = 0;
        for (Issue issue : issues) {
            if (issue.start() < at || issue.end() > value.length()) {
                continue; // overlapping spans: the first one is shown, the panel lists all
            }
            appendText(span, value, at, issue.start(), byToken, hits);
            Span marked = new Span();
            marked.addClassNames("issue", "issue-" + issue.severity().label());
            if (issue.end() - issue.start() == 1) {
                marked.addClassName("issue-char"); // a quote or a space: too thin to see underlined alone
            }
            marked.getElement().setAttribute("title", issue.message());
            if (issue.start() == issue.end()) {
                marked.addClassName("issue-missing");
                marked.setText("‸");
            } else {
                appendText(marked, value, issue.start(), issue.end(), byToken, hits);
            }
            span.add(marked);
            at = issue.end();
        }
        appendText(span, value, at, value.length(), byToken, hits);
        return span;
    }

    /** Appends {@code value[from, to)}: inline codes as chips, the rest as text with search hits highlighted. */
    private static void appendText(Span into, String value, int from, int to, Map<String, InlineCode> byToken,
                                   List<TextSearch.Hit> hits) {
        String text = value.substring(from, to);
        int at = 0;
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            if (token.start() > at) {
                appendPlain(into, value, from + at, from + token.start(), hits);
            }
            into.add(chip(token.text(), byToken.get(token.text())));
            at = token.end();
        }
        if (at < text.length()) {
            appendPlain(into, value, from + at, to, hits);
        }
    }

    private static void appendPlain(Span into, String value, int from, int to, List<TextSearch.Hit> hits) {
        int at = from;
        for (TextSearch.Hit hit : hits) {
            int start = Math.max(hit.start(), at);
            int end = Math.min(hit.end(), to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                into.add(new Span(value.substring(at, start)));
            }
            Span mark = new Span(value.substring(start, end));
            mark.addClassName("search-hit");
            into.add(mark);
            at = end;
        }
        if (at < to) {
            into.add(new Span(value.substring(at, to)));
        }
    }

    static Span chip(String token, InlineCode code) {
        Span chip = new Span(token.substring(1, token.length() - 1));
        chip.addClassName("code");
        chip.getElement().setAttribute("data-token", token); // so that a click's place in the text counts it whole
        if (code != null) {
            chip.getElement().setAttribute("title", code.name() + ": " + code.xml());
        }
        return chip;
    }
}
