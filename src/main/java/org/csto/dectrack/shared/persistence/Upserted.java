package org.csto.dectrack.shared.persistence;

/** The outcome of a PUT that creates the row when it is absent: the row, and whether it was created (201) or replaced (200). */
public record Upserted<T>(T value, boolean created) {
}
