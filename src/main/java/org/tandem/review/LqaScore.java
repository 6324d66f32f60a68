package org.tandem.review;

import java.util.Map;

/**
 * A document's MQM 2.0 (ASTM F2575) score: absolute penalty total = Σ severity weights; per-word penalty =
 * total / evaluation word count (source words); quality score = 100 × (1 − per-word penalty). It passes when the
 * score reaches the threshold and no error is critical.
 */
public record LqaScore(int evaluationWords, int penaltyTotal, double perWordPenalty, double score, double threshold,
                       int criticalErrors, int errors, Map<MqmDimension, Map<MqmSeverity, Integer>> counts) {

    /** The pass threshold of a document whose editors set none. */
    public static final double DEFAULT_THRESHOLD = 99;

    public boolean passed() {
        return criticalErrors == 0 && score >= threshold;
    }

    static LqaScore of(int words, java.util.List<MqmError> errors, double threshold) {
        int total = errors.stream().mapToInt(e -> e.severity().weight()).sum();
        double perWord = words == 0 ? (total == 0 ? 0 : 1) : (double) total / words;
        Map<MqmDimension, Map<MqmSeverity, Integer>> counts = new java.util.EnumMap<>(MqmDimension.class);
        for (MqmDimension d : MqmDimension.values()) {
            Map<MqmSeverity, Integer> row = new java.util.EnumMap<>(MqmSeverity.class);
            for (MqmSeverity s : MqmSeverity.values()) {
                row.put(s, 0);
            }
            counts.put(d, row);
        }
        errors.forEach(e -> counts.get(e.dimension()).merge(e.severity(), 1, Integer::sum));
        int critical = (int) errors.stream().filter(e -> e.severity() == MqmSeverity.CRITICAL).count();
        return new LqaScore(words, total, perWord, 100 * (1 - perWord), threshold, critical, errors.size(), counts);
    }
}
