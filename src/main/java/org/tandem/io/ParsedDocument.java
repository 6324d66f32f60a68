package org.tandem.io;

import java.util.List;

/**
 * What an import yields: languages, format and segments in file order.
 *
 * @param format     how the document can be exported again
 * @param sourceLang BCP 47 tag of the source
 * @param targetLang BCP 47 tag of the target; {@code und} when the file does not say
 * @param warnings   deviations from the standard that were tolerated, for the user to see
 */
public record ParsedDocument(DocumentFormat format, String sourceLang, String targetLang, List<ParsedSegment> segments,
                             List<String> warnings) {
}
