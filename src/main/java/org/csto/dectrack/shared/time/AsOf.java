package org.csto.dectrack.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The moment a read answers for. {@code day}: dated facts (reports, positions, ratification steps) count when dated on
 * or before it, and lateness and legal force are computed for it. {@code recorded}: only what the service held at that
 * instant counts (from the change record); null for what it holds now.
 */
public record AsOf(LocalDate day, Instant recorded) {
    /** After every instant the service can hold: "as recorded" when the caller asks for what it holds now. */
    private static final Instant EVER = Instant.parse("9999-12-31T00:00:00Z");

    /** Today as of now: the ordinary read. */
    public static AsOf now(LocalDate today) {
        return new AsOf(today, null);
    }

    /**
     * @param asOf the day asked for, or null for today (or, with {@code recordedAsOf}, that instant's day)
     * @param recordedAsOf the instant asked for, or null for now
     * @param zone the Organization's time zone, whose day an instant falls on
     */
    public static AsOf of(LocalDate asOf, Instant recordedAsOf, LocalDate today, ZoneId zone) {
        LocalDate day = asOf != null ? asOf : recordedAsOf != null ? LocalDate.ofInstant(recordedAsOf, zone) : today;
        return new AsOf(day, recordedAsOf);
    }

    /** The instant rows and reports must have been created by to count: {@code recorded}, or any when reading now. */
    public Instant recordedOrEver() {
        return recorded == null ? EVER : recorded;
    }

    /** True when the read is of another day or another moment than now. */
    public boolean historical(LocalDate today) {
        return recorded != null || !day.equals(today);
    }
}
