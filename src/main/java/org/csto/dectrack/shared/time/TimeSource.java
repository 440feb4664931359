package org.csto.dectrack.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Now" and the Organization's "today" for every rule that depends on the date; tests and demos replace it. Days are
 * the Organization's (its seat's time zone, {@code dectrack.organization.time-zone}); instants are UTC.
 */
public interface TimeSource {
    Instant now();

    /** Today in the Organization's time zone: what overdue, at risk, days late and "not in the future" count from. */
    LocalDate today();

    /** The Organization's time zone. */
    ZoneId zone();

    /** Today in another time zone (a member state's); a fixed date is every zone's today. */
    LocalDate todayIn(ZoneId zone);

    /** The Organization's day of an instant (the day a measure was created on, the day of a recorded instant). */
    default LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }
}
