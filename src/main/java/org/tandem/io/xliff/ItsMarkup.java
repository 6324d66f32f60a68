package org.tandem.io.xliff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tandem.io.SegmentReview;
import org.tandem.io.xml.DecodedText;
import org.tandem.markup.InlineCode;
import org.tandem.markup.Placeholders;

/**
 * Writes review data as XLIFF markup: ITS 2.0 Localization Quality Issues as {@code mrk} elements around target
 * spans that refer to stand-off {@code its:locQualityIssues} (one or more issues per span), and comments as notes.
 * Spans are widened to whole inline codes and to balanced pairs of them, and overlapping spans share one mrk, so
 * the target stays well-formed whatever the issues cover.
 */
public final class ItsMarkup {

    static final String ID_PREFIX = "tandem-";

    private ItsMarkup() {
    }

    /** Issues sharing one span of the target. */
    public record Cluster(int start, int end, List<SegmentReview.QualityMark> marks) {
    }

    /** Numbers ids unique in the document (XLIFF 2 mrk ids and ITS xml:ids). */
    public static final class Ids {
        private int next = 1;

        public int next() {
            return next++;
        }
    }

    public static List<Cluster> clusters(String text, List<SegmentReview.QualityMark> marks) {
        List<Placeholders.Token> tokens = Placeholders.tokens(text);
        List<Cluster> clusters = new ArrayList<>();
        for (SegmentReview.QualityMark m : marks) {
            int start = Math.max(0, Math.min(m.start(), text.length()));
            int end = Math.max(start, Math.min(m.end(), text.length()));
            clusters.add(new Cluster(start, end, List.of(m)));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Cluster> widened = new ArrayList<>();
            for (Cluster c : clusters) {
                int[] span = balanced(tokens, c.start(), c.end());
                widened.add(new Cluster(span[0], span[1], c.marks()));
            }
            widened.sort(Comparator.comparingInt(Cluster::start).thenComparingInt(Cluster::end));
            List<Cluster> merged = new ArrayList<>();
            for (Cluster c : widened) {
                Cluster last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                boolean overlaps = last != null && (c.start() < last.end()
                        || c.start() == last.start() || (c.start() == last.end() && c.start() == c.end()));
                if (overlaps) {
                    List<SegmentReview.QualityMark> both = new ArrayList<>(last.marks());
                    both.addAll(c.marks());
                    merged.set(merged.size() - 1, new Cluster(last.start(), Math.max(last.end(), c.end()), both));
                    changed = true;
                } else {
                    merged.add(c);
                }
            }
            clusters = merged;
        }
        return clusters;
    }

    /** The span widened until it cuts no token and holds each paired code's open and close, or neither. */
    private static int[] balanced(List<Placeholders.Token> tokens, int start, int end) {
        int s = start;
        int e = end;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Placeholders.Token t : tokens) {
                if (t.start() < s && s < t.end()) {
                    s = t.start();
                    changed = true;
                }
                if (t.start() < e && e < t.end()) {
                    e = t.end();
                    changed = true;
                }
            }
            for (Placeholders.Token t : tokens) {
                if (t.start() < s || t.end() > e || t.kind() == InlineCode.Kind.EMPTY) {
                    continue;
                }
                Placeholders.Token partner = partner(tokens, t);
                if (partner != null && (partner.start() < s || partner.end() > e)) {
                    s = Math.min(s, partner.start());
                    e = Math.max(e, partner.end());
                    changed = true;
                }
            }
        }
        return new int[] {s, e};
    }

    private static Placeholders.Token partner(List<Placeholders.Token> tokens, Placeholders.Token t) {
        InlineCode.Kind other = t.kind() == InlineCode.Kind.OPEN ? InlineCode.Kind.CLOSE : InlineCode.Kind.OPEN;
        return tokens.stream().filter(x -> x.number() == t.number() && x.kind() == other).findFirst().orElse(null);
    }

    /** The target's XML content with an mrk around each cluster, referring to its stand-off issues. */
    public static String target(String text, List<InlineCode> codes, DecodedText encoding, List<Cluster> clusters,
                         boolean v2, List<Integer> ids) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            out.append(XmlText.toXml(text.substring(at, c.start()), codes, encoding));
            int id = ids.get(i);
            out.append(v2 ? "<mrk id=\"" + ID_PREFIX + "m" + id + "\" type=\"its:generic\"" : "<mrk mtype=\"x-its\"")
                    .append(" its:locQualityIssuesRef=\"#").append(v2 ? "its=" : "").append(ID_PREFIX).append("lqi")
                    .append(id).append("\">")
                    .append(XmlText.toXml(text.substring(c.start(), c.end()), codes, encoding))
                    .append("</mrk>");
            at = c.end();
        }
        return out.append(XmlText.toXml(text.substring(at), codes, encoding)).toString();
    }

    /** The root start tag with the ITS namespace and version, as ITS markup needs them in scope. */
    static String withItsOnRoot(String rootTag) {
        String tag = rootTag;
        if (StartTags.value(tag, "xmlns:its") == null) {
            tag = StartTags.with(tag, "xmlns:its", XliffReader.ITS);
        }
        if (StartTags.value(tag, "its:version") == null) {
            tag = StartTags.with(tag, "its:version", "2.0");
        }
        return tag;
    }

    /** The stand-off issues of one cluster. */
    public static String standOff(Cluster c, int id, DecodedText encoding) {
        StringBuilder out = new StringBuilder("<its:locQualityIssues xml:id=\"").append(ID_PREFIX).append("lqi")
                .append(id).append("\">");
        for (SegmentReview.QualityMark m : c.marks()) {
            out.append("<its:locQualityIssue");
            attribute(out, "locQualityIssueType", m.type(), encoding);
            attribute(out, "locQualityIssueComment", m.comment(), encoding);
            attribute(out, "locQualityIssueSeverity", m.severity() == null ? null
                    : String.format(java.util.Locale.ROOT, "%s", trim(m.severity())), encoding);
            attribute(out, "locQualityIssueProfileRef", m.profileRef(), encoding);
            if (!m.enabled()) {
                attribute(out, "locQualityIssueEnabled", "no", encoding);
            }
            out.append("/>");
        }
        return out.append("</its:locQualityIssues>").toString();
    }

    /** A comment as a note; {@code segment} names the segment in a unit of several (null: the only one). */
    public static String note(SegmentReview.ReviewNote n, String segment, boolean v2, DecodedText encoding) {
        StringBuilder out = new StringBuilder("<note");
        if (v2) {
            out.append(" category=\"comment\" appliesTo=\"target\"");
        } else {
            attribute(out, "from", n.author(), encoding);
            out.append(" annotates=\"target\"");
        }
        out.append(" xmlns:tandem=\"").append(XliffReader.TANDEM).append("\"");
        attribute(out, "tandem:comment", String.valueOf(n.id()), encoding);
        if (n.thread() != null) {
            attribute(out, "tandem:thread", String.valueOf(n.thread()), encoding);
        }
        attribute(out, "tandem:author", n.author(), encoding);
        if (n.resolved()) {
            attribute(out, "tandem:resolved", "yes", encoding);
        }
        attribute(out, "tandem:segment", segment, encoding);
        out.append('>');
        escape(n.text(), out, encoding);
        return out.append("</note>").toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void attribute(StringBuilder out, String name, String value, DecodedText encoding) {
        if (value == null) {
            return;
        }
        out.append(' ').append(name).append("=\"");
        escape(value, out, encoding);
        out.append('"');
    }

    private static void escape(String value, StringBuilder out, DecodedText encoding) {
        XmlText.escape(value, out, encoding, true);
    }

}
