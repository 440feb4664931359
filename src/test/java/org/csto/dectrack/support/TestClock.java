package org.csto.dectrack.support;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one place tests get "today" from. It must say what the server's default clock says (the system clock in UTC, see
 * SystemTimeSource): if the server's time zone changes, change this line and nothing else.
 */
public final class TestClock {
    private TestClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
