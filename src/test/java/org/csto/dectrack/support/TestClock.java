package org.csto.dectrack.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one place tests get "today" from. It must say what the server's default clock says (the system clock in the
 * Organization's time zone, Europe/Moscow, see SystemTimeSource): if that zone changes, change this line and nothing else.
 */
public final class TestClock {
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private TestClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The latest date a report may carry: today in the easternmost member state's capital, Bishkek (as shipped). */
    public static LocalDate latestReportDate() {
        LocalDate bishkek = LocalDate.now(ZoneId.of("Asia/Bishkek"));
        return bishkek.isAfter(today()) ? bishkek : today();
    }
}
