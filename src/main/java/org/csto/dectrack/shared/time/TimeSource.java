package org.csto.dectrack.shared.time;

import java.time.Instant;
import java.time.LocalDate;

/** "Now" and "today" (UTC) for every rule that depends on the date; tests and demos replace it. */
public interface TimeSource {
    Instant now();

    LocalDate today();
}
