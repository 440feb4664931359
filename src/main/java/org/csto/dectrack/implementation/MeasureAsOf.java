package org.csto.dectrack.implementation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.implementation.MeasureViews.ReportView;
import org.csto.dectrack.shared.history.RecordedStates;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.TimeSource;

/** A measure as of a day, as now known or as recorded at an instant ({@link AsOf}). */
@ApplicationScoped
public class MeasureAsOf {
    @Inject MeasureService measures;
    @Inject ReportRepository reports;
    @Inject RecordedStates recorded;
    @Inject MeasuresOnADay onADay;
    @Inject TimeSource time;

    public MeasureView view(UUID id, AsOf at, Lang lang) {
        MeasureView view;
        if (at.recorded() == null) {
            view = MeasureView.of(measures.get(id), lang, at.day());
        } else {
            ObjectNode state = recorded.at(ResourceKey.of(ResourceType.MEASURE, id), at.recorded(), lang)
                    .orElseThrow(() -> ProblemException.notFoundAsRecorded("Measure", id, at.recorded()));
            state.remove("seq");
            state.remove("lastReport");
            view = recorded.as(state, MeasureView.class);
        }
        List<ReportView> timeline = reports.list("measureId = ?1 and createdAt <= ?2 order by reportedOn, createdAt", id,
                at.recordedOrEver()).stream().map(r -> ReportView.of(r, lang)).toList();
        return rolledUp(on(view, timeline, at.day(), time.zone()), at);
    }

    /** A parent on the day: rolled up from its children on the day, as the roll-ups and lists show it. */
    private MeasureView rolledUp(MeasureView view, AsOf at) {
        if (view.children() == 0) {
            return view;
        }
        return onADay.of(List.of(view.document()), at).stream().filter(m -> m.id.equals(view.id())).findFirst()
                .map(m -> view.on(m.status, m.progress, m.latenessOn(at.day()), view.lastReportedOn())).orElse(view);
    }

    /**
     * The status and progress the last report dated on or before the day left: those before the first report dated
     * after it (reports are filed in date order), else the current ones. A parent's own reports only tell: it is left
     * as it is here, and rolled up from its children on the day by the read.
     */
    static MeasureView on(MeasureView view, List<ReportView> timeline, LocalDate day, ZoneId zone) {
        MeasureStatus status = view.status();
        double progress = view.progress();
        LocalDate lastReportedOn = view.lastReportedOn();
        for (ReportView report : timeline) {
            if (report.reportedOn().isAfter(day)) {
                if (view.children() == 0) {
                    status = report.previousStatus();
                    progress = report.previousProgress();
                }
                lastReportedOn = timeline.stream().map(ReportView::reportedOn).filter(d -> !d.isAfter(day)).reduce((a, b) -> b)
                        .orElse(null);
                break;
            }
        }
        LocalDate start = view.startDate() != null ? view.startDate() : LocalDate.ofInstant(view.createdAt(), zone);
        return view.on(status, progress, Lateness.of(status, progress, (int) start.toEpochDay(), view.dueDate(), day),
                lastReportedOn);
    }
}
