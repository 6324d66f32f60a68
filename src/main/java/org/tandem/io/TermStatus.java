package org.tandem.io;

/**
 * How a term may be used, TBX's administrative status reduced to what a reviewer acts on. TBX-Basic has no
 * "forbidden": it is written as {@code deprecatedTerm-admn-sts} with the term note {@value #FORBIDDEN_NOTE}.
 */
public enum TermStatus {
    PREFERRED, ADMITTED, DEPRECATED, FORBIDDEN;

    public static final String FORBIDDEN_NOTE = "forbidden";


    /** The status a TBX value or a CSV cell names ({@code preferredTerm-admn-sts}, {@code preferred}, …). */
    public static java.util.Optional<TermStatus> named(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (v.startsWith("preferred") || v.startsWith("standardized") || v.equals("approved")) {
            return java.util.Optional.of(PREFERRED);
        }
        if (v.startsWith("admitted") || v.startsWith("legal") || v.startsWith("regulated") || v.equals("allowed")) {
            return java.util.Optional.of(ADMITTED);
        }
        if (v.startsWith("deprecated") || v.startsWith("superseded") || v.equals("obsolete")) {
            return java.util.Optional.of(DEPRECATED);
        }
        if (v.startsWith("forbidden") || v.startsWith("prohibited") || v.startsWith("banned")) {
            return java.util.Optional.of(FORBIDDEN);
        }
        return java.util.Optional.empty();
    }
}
