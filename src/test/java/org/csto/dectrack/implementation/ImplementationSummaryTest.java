package org.csto.dectrack.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.implementation.MeasureViews.ImplementationView;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** The implementation summary of a set of measures, without a database. */
class ImplementationSummaryTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-01-15");
    private static final Document DOCUMENT = document();

    private static Document document() {
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.reference = "CSC-2024-02A";
        return document;
    }

    private static Measure measure(int seq, UUID parent, MeasureStatus status, double progress, LocalDate start, LocalDate due) {
        Measure measure = new Measure();
        measure.id = UUID.randomUUID();
        measure.document = DOCUMENT;
        measure.parentId = parent;
        measure.seq = seq;
        measure.reference = DOCUMENT.reference + "/M" + seq;
        measure.titles = new LocalizedText("Мера " + seq, "Measure " + seq);
        measure.lead = "TJ";
        measure.status = status;
        measure.progress = progress;
        measure.setSchedule(start, due, start);
        return measure;
    }

    @Test
    void countsLateAndAtRiskMeasuresAndRollsUpTheRoots() {
        Measure late = measure(1, null, MeasureStatus.IN_PROGRESS, 50, TODAY.minusDays(100), TODAY.minusDays(10));
        Measure atRisk = measure(2, null, MeasureStatus.IN_PROGRESS, 10, TODAY.minusDays(80), TODAY.plusDays(20));
        Measure done = measure(3, null, MeasureStatus.COMPLETED, 100, TODAY.minusDays(80), TODAY.minusDays(30));
        Measure next = measure(4, null, MeasureStatus.PLANNED, 0, TODAY, TODAY.plusDays(90));
        List<Measure> all = List.of(late, atRisk, done, next);
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(all);

        ImplementationView view = ImplementationSummary.of("CSC-2024-02A", tree.roots(), all, TODAY, Lang.EN, List.of());

        assertEquals(40.0, view.progress(), "mean of 50, 10, 100 and 0");
        assertEquals(MeasureStatus.IN_PROGRESS, view.status());
        assertEquals(4, view.measures());
        assertEquals(2, view.byStatus().get(MeasureStatus.IN_PROGRESS));
        assertEquals(1, view.byStatus().get(MeasureStatus.COMPLETED));
        assertEquals(0, view.byStatus().get(MeasureStatus.CANCELLED));
        assertEquals(1, view.overdue());
        assertEquals(1, view.atRisk());
        assertEquals(TODAY.plusDays(20), view.nextDeadline());
        assertEquals(1, view.late().size());
        assertEquals("CSC-2024-02A/M1", view.late().get(0).reference());
        assertEquals("Measure 1", view.late().get(0).title());
        assertEquals(10, view.late().get(0).daysLate());
    }

    @Test
    void aSubtreeHoldsTheMeasureAndEverythingBelowIt() {
        Measure stage = measure(1, null, MeasureStatus.IN_PROGRESS, 50, TODAY, TODAY.plusDays(200));
        Measure task = measure(1, stage.id, MeasureStatus.IN_PROGRESS, 50, TODAY, TODAY.plusDays(100));
        Measure other = measure(2, null, MeasureStatus.PLANNED, 0, TODAY, TODAY.plusDays(200));
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(List.of(task, other, stage));
        assertEquals(List.of(stage, other), tree.roots());
        assertEquals(List.of(stage, task), tree.subtree(stage));
    }

    @Test
    void nothingToSummariseHasNoStatus() {
        ImplementationView view = ImplementationSummary.of("CSC-2024-03", List.of(), List.of(), TODAY, Lang.RU, List.of());
        assertEquals(0, view.measures());
        assertNull(view.status());
        assertNull(view.nextDeadline());
    }
}
