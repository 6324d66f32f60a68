package org.tandem.io.xliff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and sets an unprefixed attribute in the text of one XML start tag, leaving every other byte of it (other
 * attributes, their order, quotes and spacing) as it was.
 */
public final class StartTags {

    private StartTags() {
    }

    private static Pattern attribute(String name) {
        return Pattern.compile("(\\s)" + Pattern.quote(name) + "\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    }

    /** The attribute's value as written (entities left as they are), or null. */
    static String value(String tag, String name) {
        Matcher m = attribute(name).matcher(tag);
        if (!m.find()) {
            return null;
        }
        String quoted = m.group(2);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** The tag with the attribute set to {@code value} (a plain token, not escaped), or removed when null. */
    static String with(String tag, String name, String value) {
        Matcher m = attribute(name).matcher(tag);
        if (m.find()) {
            String replacement = value == null ? "" : m.group(1) + name + "=\"" + value + "\"";
            return tag.substring(0, m.start()) + replacement + tag.substring(m.end());
        }
        if (value == null) {
            return tag;
        }
        int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        while (end > 0 && Character.isWhitespace(tag.charAt(end - 1))) {
            end--;
        }
        return tag.substring(0, end) + " " + name + "=\"" + value + "\"" + tag.substring(end);
    }
}
