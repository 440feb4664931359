package org.csto.dectrack.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.implementation.MeasureViews.ReportView;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.time.SystemTimeSource;
import org.junit.jupiter.api.Test;

/** A measure on a day: the status and progress its last report dated by then left, and its lateness that day. */
class MeasureAsOfTest {
    private static final LocalDate DUE = LocalDate.of(2025, 12, 31);

    private static MeasureView measure(MeasureStatus status, double progress, int children, LocalDate lastReportedOn) {
        return new MeasureView(UUID.randomUUID(), "CSC-2024-02A/M1", UUID.randomUUID(), "CSC-2024-02A", null, 1,
                new Texts("Мера", "Measure"), "Measure", null, "TJ", List.of(), LocalDate.of(2025, 1, 1), DUE, 1, status,
                progress, false, false, 0, children, lastReportedOn, null, Instant.parse("2025-01-01T00:00:00Z"), "s",
                Instant.parse("2026-02-01T00:00:00Z"), "s");
    }

    private static ReportView report(LocalDate on, MeasureStatus before, double progressBefore) {
        return new ReportView(UUID.randomUUID(), UUID.randomUUID(), on, "TJ", new Texts("Отчёт", null), "Отчёт", null,
                progressBefore, null, before, null, List.of(), List.of(), Instant.parse("2026-02-01T00:00:00Z"), "s");
    }

    private final List<ReportView> timeline = List.of(report(LocalDate.of(2025, 6, 1), MeasureStatus.PLANNED, 0),
            report(LocalDate.of(2026, 1, 20), MeasureStatus.IN_PROGRESS, 40));

    @Test
    void aReportDatedAfterTheDayIsUndoneAndLatenessIsTheDays() {
        MeasureView now = measure(MeasureStatus.COMPLETED, 100, 0, LocalDate.of(2026, 1, 20));
        MeasureView yearEnd = MeasureAsOf.on(now, timeline, LocalDate.of(2025, 12, 31), SystemTimeSource.DEFAULT_ZONE);
        assertEquals(MeasureStatus.IN_PROGRESS, yearEnd.status());
        assertEquals(40, yearEnd.progress());
        assertEquals(LocalDate.of(2025, 6, 1), yearEnd.lastReportedOn());
        MeasureView january = MeasureAsOf.on(now, timeline, LocalDate.of(2026, 1, 10), SystemTimeSource.DEFAULT_ZONE);
        assertTrue(january.overdue());
        assertEquals(10, january.daysLate());
        MeasureView spring = MeasureAsOf.on(now, timeline, LocalDate.of(2025, 3, 1), SystemTimeSource.DEFAULT_ZONE);
        assertEquals(MeasureStatus.PLANNED, spring.status());
        assertEquals(null, spring.lastReportedOn());
    }

    /** A parent's own reports only tell: on() leaves it be, and the read rolls it up from its children on the day. */
    @Test
    void todayChangesNothingAndAParentIsNotMovedByItsOwnReports() {
        MeasureView now = measure(MeasureStatus.COMPLETED, 100, 0, LocalDate.of(2026, 1, 20));
        assertEquals(now.status(), MeasureAsOf.on(now, timeline, LocalDate.of(2026, 2, 1), SystemTimeSource.DEFAULT_ZONE).status());
        MeasureView parent = measure(MeasureStatus.IN_PROGRESS, 55, 3, LocalDate.of(2026, 1, 20));
        assertEquals(MeasureStatus.IN_PROGRESS, MeasureAsOf.on(parent, timeline, LocalDate.of(2025, 3, 1), SystemTimeSource.DEFAULT_ZONE).status());
        assertEquals(55, MeasureAsOf.on(parent, timeline, LocalDate.of(2025, 3, 1), SystemTimeSource.DEFAULT_ZONE).progress());
    }
}
