package org.tandem.document.ui;

import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;

/** Segment text for display: inline-code tokens become small non-editable chips that show their XML on hover. */
final class SegmentText {

    private SegmentText() {
    }

    static Span render(String text, List<InlineCode> codes, String className) {
        Span span = new Span();
        span.addClassName("segment-text");
        span.addClassName(className);
        if (text == null || text.isEmpty()) {
            return span;
        }
        Map<String, InlineCode> byToken = new HashMap<>();
        for (InlineCode code : codes) {
            byToken.put(code.token(), code);
        }
        int at = 0;
        for (Placeholders.Token token : Placeholders.tokens(text)) {
            if (token.start() > at) {
                span.add(new Span(text.substring(at, token.start())));
            }
            span.add(chip(token.text(), byToken.get(token.text())));
            at = token.end();
        }
        if (at < text.length()) {
            span.add(new Span(text.substring(at)));
        }
        return span;
    }

    static Span chip(String token, InlineCode code) {
        Span chip = new Span(token.substring(1, token.length() - 1));
        chip.addClassName("code");
        if (code != null) {
            chip.getElement().setAttribute("title", code.name() + ": " + code.xml());
        }
        return chip;
    }
}
