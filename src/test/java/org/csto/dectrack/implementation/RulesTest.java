package org.csto.dectrack.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-01-15");

    @Test
    void aMeasuresDayStateChangesOvernightWhileItsRowDoesNot() {
        int start = (int) TODAY.minusDays(100).toEpochDay();
        LocalDate due = TODAY.minusDays(1);
        String yesterday = Lateness.of(MeasureStatus.IN_PROGRESS, 50, start, due, TODAY.minusDays(1)).dayState();
        String today = Lateness.of(MeasureStatus.IN_PROGRESS, 50, start, due, TODAY).dayState();
        String tomorrow = Lateness.of(MeasureStatus.IN_PROGRESS, 50, start, due, TODAY.plusDays(1)).dayState();
        assertEquals("risk", yesterday); // due that day, half done after most of the time
        assertEquals("late1", today);
        assertEquals("late2", tomorrow);
        assertEquals("", Lateness.of(MeasureStatus.COMPLETED, 100, start, due, TODAY).dayState());
    }

    @Test
    void measureTransitions() {
        assertEquals(List.of(MeasureStatus.IN_PROGRESS, MeasureStatus.CANCELLED), MeasureStatus.PLANNED.allowedTargets());
        assertEquals(List.of(MeasureStatus.COMPLETED, MeasureStatus.SUSPENDED, MeasureStatus.CANCELLED),
                MeasureStatus.IN_PROGRESS.allowedTargets());
        assertEquals(List.of(MeasureStatus.IN_PROGRESS, MeasureStatus.CANCELLED), MeasureStatus.SUSPENDED.allowedTargets());
        assertEquals(List.of(MeasureStatus.IN_PROGRESS), MeasureStatus.COMPLETED.allowedTargets());
        assertTrue(MeasureStatus.CANCELLED.allowedTargets().isEmpty());
        assertFalse(MeasureStatus.CANCELLED.canBecome(MeasureStatus.IN_PROGRESS));
        assertFalse(MeasureStatus.PLANNED.canBecome(MeasureStatus.COMPLETED));
    }

    @Test
    void rollUpIsTheWeightedMeanWithoutCancelledChildren() {
        RollUp.Result result = RollUp.of(List.of(
                new RollUp.Child(MeasureStatus.COMPLETED, 100, 1),
                new RollUp.Child(MeasureStatus.IN_PROGRESS, 50, 1),
                new RollUp.Child(MeasureStatus.CANCELLED, 0, 2)));
        assertEquals(75.0, result.progress());
        assertEquals(MeasureStatus.IN_PROGRESS, result.status());

        RollUp.Result weighted = RollUp.of(List.of(
                new RollUp.Child(MeasureStatus.IN_PROGRESS, 75, 1),
                new RollUp.Child(MeasureStatus.IN_PROGRESS, 20, 3)));
        assertEquals(33.75, weighted.progress());
    }

    @Test
    void parentStatusFollowsChildren() {
        assertEquals(MeasureStatus.PLANNED, RollUp.of(List.of(new RollUp.Child(MeasureStatus.PLANNED, 0, 1))).status());
        assertEquals(MeasureStatus.CANCELLED, RollUp.of(List.of(new RollUp.Child(MeasureStatus.CANCELLED, 0, 1))).status());
        assertEquals(MeasureStatus.COMPLETED, RollUp.of(List.of(new RollUp.Child(MeasureStatus.COMPLETED, 100, 1),
                new RollUp.Child(MeasureStatus.CANCELLED, 0, 1))).status());
        assertEquals(MeasureStatus.IN_PROGRESS, RollUp.of(List.of(new RollUp.Child(MeasureStatus.COMPLETED, 100, 1),
                new RollUp.Child(MeasureStatus.PLANNED, 0, 1))).status());
        assertEquals(MeasureStatus.SUSPENDED, RollUp.of(List.of(new RollUp.Child(MeasureStatus.SUSPENDED, 10, 1),
                new RollUp.Child(MeasureStatus.PLANNED, 0, 1))).status());
        assertEquals(0.0, RollUp.of(List.of(new RollUp.Child(MeasureStatus.PLANNED, 0, 0))).progress(), "zero weights");
    }

    @Test
    void overdueAtRiskAndDaysLate() {
        int start = (int) TODAY.minusDays(80).toEpochDay();
        Lateness late = Lateness.of(MeasureStatus.IN_PROGRESS, 50, start, TODAY.minusDays(15), TODAY);
        assertTrue(late.overdue());
        assertEquals(15, late.daysLate());
        assertFalse(Lateness.of(MeasureStatus.COMPLETED, 100, start, TODAY.minusDays(15), TODAY).overdue());
        assertFalse(Lateness.of(MeasureStatus.CANCELLED, 0, start, TODAY.minusDays(15), TODAY).overdue());
        assertFalse(Lateness.of(MeasureStatus.IN_PROGRESS, 50, start, TODAY, TODAY).overdue(), "due today is not late yet");

        // 80 of 100 days elapsed: 70% is behind, 85% is not; due in 20 days is inside the 30-day window.
        assertTrue(Lateness.of(MeasureStatus.IN_PROGRESS, 70, start, TODAY.plusDays(20), TODAY).atRisk());
        assertFalse(Lateness.of(MeasureStatus.IN_PROGRESS, 85, start, TODAY.plusDays(20), TODAY).atRisk());
        assertFalse(Lateness.of(MeasureStatus.PLANNED, 0, start, TODAY.plusDays(31), TODAY).atRisk(), "outside the window");
        assertFalse(Lateness.of(MeasureStatus.PLANNED, 0, start, null, TODAY).atRisk(), "no due date");
    }
}
