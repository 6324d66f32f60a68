package org.tandem.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholder tokens in segment text: {@code ⟨1⟩…⟨/1⟩} for a paired code, {@code ⟨2/⟩} for a standalone one.
 * The brackets are U+27E8/U+27E9, which no keyboard types by accident and no message format uses (unlike
 * {@code {0}} or {@code <b>}), so a token in text is always one of ours.
 */
public final class Placeholders {

    public static final char LEFT = '\u27E8';
    public static final char RIGHT = '\u27E9';
    public static final Pattern TOKEN = Pattern.compile("" + LEFT + "(/?)(\\d+)(/?)" + RIGHT);

    private Placeholders() {
    }

    /** A token found in text, with its UTF-16 span. */
    public record Token(int start, int end, int number, InlineCode.Kind kind) {
        public String text() {
            return new InlineCode(number, kind, "", "").token();
        }
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            boolean close = !m.group(1).isEmpty();
            boolean empty = !m.group(3).isEmpty();
            if (close && empty) {
                continue; // "⟨/1/⟩" is no token; reported as a stray bracket
            }
            InlineCode.Kind kind = close ? InlineCode.Kind.CLOSE : empty ? InlineCode.Kind.EMPTY : InlineCode.Kind.OPEN;
            tokens.add(new Token(m.start(), m.end(), Integer.parseInt(m.group(2)), kind));
        }
        return tokens;
    }

    /** The text with every token removed: what a reader sees and what spell checkers should get. */
    public static String plain(String text) {
        return TOKEN.matcher(text).replaceAll("");
    }

    /**
     * Checks an edited text against the segment's codes. {@code required} are the tokens the text had before the
     * edit (an edit may not drop them); {@code codes} are all codes the segment knows (source and target).
     *
     * @return the problems, each a sentence naming the code; empty when the edit keeps the markup intact
     */
    public static List<String> problems(String edited, List<InlineCode> codes, Set<String> required) {
        List<String> problems = new ArrayList<>();
        Map<String, InlineCode> known = new HashMap<>();
        for (InlineCode code : codes) {
            known.put(code.token(), code);
        }
        List<Token> tokens = tokens(edited);
        Set<String> seen = new LinkedHashSet<>();
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            String text = token.text();
            InlineCode code = known.get(text);
            if (code == null) {
                problems.add("Code " + text + " does not belong to this segment.");
                continue;
            }
            if (!seen.add(text)) {
                problems.add("Code " + text + " appears more than once.");
                continue;
            }
            switch (token.kind()) {
                case OPEN -> open.push(token);
                case CLOSE -> {
                    if (open.isEmpty() || open.peek().number() != token.number()) {
                        boolean opened = open.stream().anyMatch(t -> t.number() == token.number());
                        problems.add(opened
                                ? "Code " + text + " closes before " + open.peek().text() + " is closed: codes must nest."
                                : "Code " + text + " closes a code that is not open before it.");
                    } else {
                        open.pop();
                    }
                }
                case EMPTY -> { }
            }
        }
        for (Token token : open) {
            String closing = new InlineCode(token.number(), InlineCode.Kind.CLOSE, "", "").token();
            if (known.containsKey(closing) && !seen.contains(closing)) {
                problems.add("Code " + token.text() + " is opened but never closed.");
            }
        }
        for (String token : required) {
            if (!seen.contains(token)) {
                problems.add("Code " + token + " was removed; put it back or undo the edit.");
            }
        }
        String rest = TOKEN.matcher(edited).replaceAll("");
        int stray = Math.max(rest.indexOf(LEFT), rest.indexOf(RIGHT));
        if (stray >= 0) {
            problems.add("A code placeholder is broken (a lone " + LEFT + " or " + RIGHT + "); retype or undo it.");
        }
        return problems;
    }

    /** The set of tokens present in a text. */
    public static Set<String> tokenSet(String text) {
        Set<String> set = new LinkedHashSet<>();
        if (text != null) {
            for (Token token : tokens(text)) {
                set.add(token.text());
            }
        }
        return set;
    }
}
