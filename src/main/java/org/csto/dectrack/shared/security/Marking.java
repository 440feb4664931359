package org.csto.dectrack.shared.security;

import java.time.LocalDate;

/** A document's classification and its declassification date, as its measures and change-record entries carry them. */
public record Marking(Classification classification, LocalDate declassifyOn) {
    public static final Marking PUBLIC = new Marking(Classification.PUBLIC, null);

    /** The classification in effect on {@code today}. */
    public Classification on(LocalDate today) {
        return declassifyOn != null && !declassifyOn.isAfter(today) ? Classification.PUBLIC : classification;
    }
}
