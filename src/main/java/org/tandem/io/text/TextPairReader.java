package org.tandem.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.tandem.io.ParsedSegment;

/**
 * A source text and its machine translation as segment pairs: both sides split into paragraphs and sentences
 * with Okapi's default SRX rules, paragraphs aligned first, then the sentences within each paragraph pair.
 * Nothing is dropped: a sentence without a partner gets a row of its own with an empty side.
 */
public final class TextPairReader {

    private static final String RULES = "/net/sf/okapi/lib/segmentation/defaultSegmentation.srx";
    private static final Map<String, SRXDocument> SRX = new ConcurrentHashMap<>();

    private TextPairReader() {
    }

    public static List<ParsedSegment> read(String source, String target, String sourceLang, String targetLang) {
        ISegmenter sourceSegmenter = segmenter(sourceLang);
        ISegmenter targetSegmenter = segmenter(targetLang);
        List<String> sourceParagraphs = paragraphs(source);
        List<String> targetParagraphs = paragraphs(target);
        List<ParsedSegment> rows = new ArrayList<>();
        int si = 0;
        int ti = 0;
        int paragraph = 0;
        for (Aligner.Bead bead : Aligner.align(sourceParagraphs, targetParagraphs)) {
            String s = String.join(" ", sourceParagraphs.subList(si, si + bead.sourceCount()));
            String t = String.join(" ", targetParagraphs.subList(ti, ti + bead.targetCount()));
            si += bead.sourceCount();
            ti += bead.targetCount();
            paragraph++;
            List<String> sourceSentences = sentences(s, sourceSegmenter);
            List<String> targetSentences = sentences(t, targetSegmenter);
            List<String[]> pairs = new ArrayList<>();
            int a = 0;
            int b = 0;
            for (Aligner.Bead inner : Aligner.align(sourceSentences, targetSentences)) {
                pairs.add(new String[] {
                        String.join(" ", sourceSentences.subList(a, a + inner.sourceCount())),
                        String.join(" ", targetSentences.subList(b, b + inner.targetCount()))});
                a += inner.sourceCount();
                b += inner.targetCount();
            }
            for (int k = 0; k < pairs.size(); k++) {
                String unitId = pairs.size() == 1 ? "p" + paragraph : "p" + paragraph + "/s" + (k + 1);
                rows.add(new ParsedSegment(unitId, pairs.get(k)[0], pairs.get(k)[1], List.of()));
            }
        }
        return rows;
    }

    /** Paragraphs are separated by blank lines where the text has any, else by line breaks. */
    static List<String> paragraphs(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        boolean blankLines = normalized.strip().contains("\n\n") || normalized.strip().matches("(?s).*\n[ \t]+\n.*");
        String[] parts = blankLines ? normalized.split("\n[ \t]*\n") : normalized.split("\n");
        List<String> paragraphs = new ArrayList<>();
        for (String part : parts) {
            String p = part.strip().replaceAll("[ \t]*\n[ \t]*", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    static ISegmenter segmenter(String language) {
        return srx().compileLanguageRules(LocaleId.fromBCP47(language), null);
    }

    /**
     * A run this long without a space or a sentence mark holds no place where SRX could break (a token, or a
     * sentence of a script without spaces), and Okapi's rules take time quadratic in a run's length (40,000 such
     * characters: three minutes). Such a run, with the marks and closing quotes that end it, is a sentence of its
     * own, found in linear time; only the text around it goes to SRX. No word of a spaced language is this long.
     */
    static final int LONGEST_RUN = 100;
    private static final java.util.regex.Pattern LONG_RUN = java.util.regex.Pattern.compile(
            "[^\\s.!?\u3002\uFF01\uFF1F\uFF0E\u2026]{" + (LONGEST_RUN + 1) + ",}+"
                    + "[.!?\u3002\uFF01\uFF1F\uFF0E\u2026]*+[\"'\u201D\u2019\u300D\u300F\uFF09)\\]]*+");

    static List<String> sentences(String paragraph, ISegmenter segmenter) {
        if (paragraph.isEmpty()) {
            return List.of();
        }
        java.util.regex.Matcher run = LONG_RUN.matcher(paragraph);
        if (run.find()) {
            List<String> sentences = new ArrayList<>();
            int from = 0;
            do {
                sentences.addAll(sentences(paragraph.substring(from, run.start()).strip(), segmenter));
                sentences.add(run.group());
                from = run.end();
            } while (run.find());
            sentences.addAll(sentences(paragraph.substring(from).strip(), segmenter));
            return sentences;
        }
        return srxSentences(paragraph, segmenter);
    }

    private static List<String> srxSentences(String paragraph, ISegmenter segmenter) {
        segmenter.computeSegments(paragraph);
        List<String> sentences = new ArrayList<>();
        for (Range range : segmenter.getRanges()) {
            String sentence = paragraph.substring(range.start, range.end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(paragraph);
        }
        return sentences;
    }

    private static SRXDocument srx() {
        return SRX.computeIfAbsent(RULES, path -> {
            SRXDocument doc = new SRXDocument();
            try (InputStream in = TextPairReader.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Okapi's default SRX rules are missing from the class path");
                }
                doc.loadRules(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return doc;
        });
    }
}
