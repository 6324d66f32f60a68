package org.tandem.review;

import java.util.Locale;
import org.tandem.qa.Severity;

/** MQM 2.0 severity levels with their default penalty weights and the ITS 2.0 severity (0–100) each is written as. */
public enum MqmSeverity {
    NEUTRAL(0, 0), MINOR(1, 25), MAJOR(5, 60), CRITICAL(25, 100);

    private final int weight;
    private final double its;

    MqmSeverity(int weight, double its) {
        this.weight = weight;
        this.its = its;
    }

    /** The severity an automatic issue of this severity has as an MQM error. */
    public static MqmSeverity of(Severity severity) {
        return switch (severity) {
            case MINOR -> MINOR;
            case MAJOR -> MAJOR;
            case CRITICAL -> CRITICAL;
        };
    }

    /** Another tool's ITS severity (0–100) as an MQM severity; none given counts as minor. */
    public static MqmSeverity ofIts(Double its) {
        if (its == null) {
            return MINOR;
        }
        return its >= 90 ? CRITICAL : its >= 50 ? MAJOR : its > 0 ? MINOR : NEUTRAL;
    }

    public int weight() {
        return weight;
    }

    /** The ITS 2.0 {@code locQualityIssueSeverity} written for it. */
    public double its() {
        return its;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MqmSeverity parse(String text) {
        for (MqmSeverity s : values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown MQM severity \"" + text + "\": use neutral, minor, major or "
                + "critical.");
    }
}
