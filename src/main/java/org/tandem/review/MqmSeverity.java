package org.tandem.review;

import java.util.Locale;

/** MQM 2.0 severity levels with their default penalty weights. */
public enum MqmSeverity {
    NEUTRAL(0), MINOR(1), MAJOR(5), CRITICAL(25);

    private final int weight;

    MqmSeverity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
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
