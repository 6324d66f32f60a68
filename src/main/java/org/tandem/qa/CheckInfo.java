package org.tandem.qa;

/** A check as users see it listed: its id, name and a one-line description. */
public record CheckInfo(String id, String name, String description) {
}
