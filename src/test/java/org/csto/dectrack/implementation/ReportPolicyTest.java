package org.csto.dectrack.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.implementation.MeasureInputs.ReportInput;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The progress-report state machine, without a database. */
class ReportPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-01-15");

    private static Measure measure(MeasureStatus status, double progress) {
        Measure measure = new Measure();
        measure.reference = "CSC-2024-02A/M1";
        measure.status = status;
        measure.progress = progress;
        return measure;
    }

    private static ReportInput report(Integer progress, MeasureStatus status, String reason) {
        return new ReportInput(TODAY, "TJ", new Texts("Текст", null), progress, status, reason, List.of());
    }

    private static ProblemType problem(Runnable rule) {
        return assertThrows(ProblemException.class, rule::run).type();
    }

    @Test
    void workReportedOnAPlannedMeasureStartsIt() {
        ReportPolicy.Outcome outcome = ReportPolicy.outcome(measure(MeasureStatus.PLANNED, 0), report(40, null, null));
        assertEquals(MeasureStatus.IN_PROGRESS, outcome.status());
        assertEquals(40.0, outcome.progress());
        assertEquals(MeasureStatus.IN_PROGRESS, outcome.reportedStatus(), "the report records the change it caused");
    }

    @Test
    void aReportWithoutFiguresChangesNothing() {
        ReportPolicy.Outcome outcome = ReportPolicy.outcome(measure(MeasureStatus.IN_PROGRESS, 35), report(null, null, null));
        assertEquals(MeasureStatus.IN_PROGRESS, outcome.status());
        assertEquals(35.0, outcome.progress());
        assertNull(outcome.reportedStatus());
    }

    @Test
    void completingSetsFullProgressAndRefusesLess() {
        ReportPolicy.Outcome done = ReportPolicy.outcome(measure(MeasureStatus.IN_PROGRESS, 60), report(null, MeasureStatus.COMPLETED, null));
        assertEquals(MeasureStatus.COMPLETED, done.status());
        assertEquals(100.0, done.progress());
        assertEquals(ProblemType.VALIDATION,
                problem(() -> ReportPolicy.outcome(measure(MeasureStatus.IN_PROGRESS, 60), report(90, MeasureStatus.COMPLETED, null))));
        assertEquals(ProblemType.VALIDATION,
                problem(() -> ReportPolicy.outcome(measure(MeasureStatus.COMPLETED, 100), report(50, null, null))),
                "a completed measure is reopened before it reports less");
    }

    @Test
    void movesFollowTheTransitionsAndSomeNeedAReason() {
        assertEquals(ProblemType.INVALID_TRANSITION,
                problem(() -> ReportPolicy.outcome(measure(MeasureStatus.PLANNED, 0), report(null, MeasureStatus.COMPLETED, null))));
        assertEquals(ProblemType.VALIDATION,
                problem(() -> ReportPolicy.outcome(measure(MeasureStatus.IN_PROGRESS, 10), report(null, MeasureStatus.SUSPENDED, " "))));
        assertEquals(ProblemType.VALIDATION,
                problem(() -> ReportPolicy.outcome(measure(MeasureStatus.COMPLETED, 100), report(null, MeasureStatus.IN_PROGRESS, null))));
        ReportPolicy.Outcome reopened = ReportPolicy.outcome(measure(MeasureStatus.COMPLETED, 100),
                report(80, MeasureStatus.IN_PROGRESS, "Second stage found missing"));
        assertEquals(MeasureStatus.IN_PROGRESS, reopened.status());
        assertEquals(80.0, reopened.progress());
    }

    @Test
    void cancelledIsFinalAndParentsFollowTheirChildren() {
        assertEquals(ProblemType.INVALID_TRANSITION,
                problem(() -> ReportPolicy.outcome(measure(MeasureStatus.CANCELLED, 0), report(10, null, null))));
        Measure parent = measure(MeasureStatus.IN_PROGRESS, 50);
        parent.childCount = 2;
        assertEquals(ProblemType.CONFLICT, problem(() -> ReportPolicy.outcome(parent, report(60, null, null))));
        assertEquals(MeasureStatus.IN_PROGRESS, ReportPolicy.outcome(parent, report(null, null, null)).status(),
                "a parent may be told about, without figures");
    }

    @Test
    void reportsAreDatedNoLaterThanTodayNorBeforeThePreviousOne() {
        Measure measure = measure(MeasureStatus.IN_PROGRESS, 10);
        measure.lastReportedOn = TODAY.minusDays(3);
        ReportInput tomorrow = new ReportInput(TODAY.plusDays(1), "TJ", new Texts("Текст", null), null, null, null, null);
        ReportInput early = new ReportInput(TODAY.minusDays(4), "TJ", new Texts("Текст", null), null, null, null, null);
        ReportInput blank = new ReportInput(TODAY, "TJ", new Texts(" ", ""), null, null, null, null);
        assertEquals(ProblemType.VALIDATION, problem(() -> ReportPolicy.checkReport(measure, tomorrow, TODAY)));
        assertEquals(ProblemType.VALIDATION, problem(() -> ReportPolicy.checkReport(measure, early, TODAY)));
        assertEquals(ProblemType.VALIDATION, problem(() -> ReportPolicy.checkReport(measure, blank, TODAY)));
        ReportPolicy.checkReport(measure, report(null, null, null), TODAY);
    }
}
