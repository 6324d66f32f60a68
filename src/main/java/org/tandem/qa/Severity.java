package org.tandem.qa;

/** MQM severities Tandem assigns automatically (neutral is for reviewers). */
public enum Severity {
    MINOR, MAJOR, CRITICAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
