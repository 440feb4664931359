package org.csto.dectrack.shared.security;

import java.time.LocalDate;

/** A document's classification and its declassification date, as its measures and change-record entries carry them. */
public record Marking(Classification classification, LocalDate declassifyOn) {
}
