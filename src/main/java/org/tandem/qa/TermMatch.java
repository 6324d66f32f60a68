package org.tandem.qa;

/**
 * A term found in a text: the span it covers (UTF-16 offsets) and the entry it matched, inflected or not.
 *
 * @param exactCase false when only the case differs from a case-sensitive term ({@code kyiv} for {@code Kyiv})
 */
public record TermMatch(int start, int end, TermEntry entry, boolean exactCase) {
}
