package org.tandem.workbench;

import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            appendText(span, value.substring(at, issue.start()), byToken);
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
                appendText(marked, value.substring(issue.start(), issue.end()), byToken);
            }
            span.add(marked);
            at = issue.end();
        }
        appendText(span, value.substring(at), byToken);
        return span;
    }

    private static void appendText(Span into, String text, Map<String, InlineCode> byToken) {
        int at = 0;
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            if (token.start() > at) {
                into.add(new Span(text.substring(at, token.start())));
            }
            into.add(chip(token.text(), byToken.get(token.text())));
            at = token.end();
        }
        if (at < text.length()) {
            into.add(new Span(text.substring(at)));
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
