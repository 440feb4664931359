package org.csto.dectrack.implementation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Lateness of a measure on a date, computed when read and never stored.
 *
 * @param overdue the due date has passed and the measure is neither completed nor cancelled
 * @param atRisk due within {@value #RISK_WINDOW_DAYS} days and progress behind the share of time elapsed
 * @param daysLate days since the due date while overdue, else 0
 */
public record Lateness(boolean overdue, boolean atRisk, long daysLate) {
    public static final int RISK_WINDOW_DAYS = 30;

    public static Lateness of(MeasureStatus status, double progress, int startDay, LocalDate due, LocalDate today) {
        if (due == null || !status.isOpen()) {
            return new Lateness(false, false, 0);
        }
        if (due.isBefore(today)) {
            return new Lateness(true, false, ChronoUnit.DAYS.between(due, today));
        }
        long dueDay = due.toEpochDay();
        long todayDay = today.toEpochDay();
        boolean withinWindow = dueDay - todayDay <= RISK_WINDOW_DAYS;
        // progress / 100 < elapsed / span, multiplied out so that SQL can say the same with integers.
        long span = dueDay - startDay;
        long elapsed = todayDay - startDay;
        boolean behind = span <= 0 ? progress < 100 : progress * span < 100.0 * elapsed;
        return new Lateness(false, withinWindow && behind, 0);
    }

    /** What the day made of a measure, for its ETag: {@code late3} (3 days late), {@code risk}, or nothing. */
    public String dayState() {
        return overdue ? "late" + daysLate : atRisk ? "risk" : "";
    }
}
