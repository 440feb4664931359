package org.csto.dectrack.implementation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.implementation.MeasureViews.ReportView;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.history.StateSource;
import org.csto.dectrack.shared.history.VersionedState;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.time.TimeSource;

/**
 * A measure's state for the change record: its view and its latest progress report (so that a report shows in the
 * measure's history as what changed it). The earlier reports stay in their own append-only table, where reads as
 * recorded find them by their creation instant.
 */
@ApplicationScoped
public class MeasureStates implements StateSource {
    /** Lateness is computed for a day from the status, progress and dates the state keeps. */
    static final Set<String> COMPUTED = Set.of("overdue", "atRisk", "daysLate");

    @Inject MeasureRepository measures;
    @Inject ReportRepository reports;
    @Inject TimeSource time;

    /** The view, the latest report, and its place among its siblings (which the view does not show). */
    public record MeasureState(@JsonUnwrapped MeasureView view, ReportView lastReport, int seq) {
    }

    @Override
    public ResourceType type() {
        return ResourceType.MEASURE;
    }

    @Override
    public Optional<VersionedState> current(String id) {
        Measure m = measures.findById(UUID.fromString(id));
        if (m == null) {
            return Optional.empty();
        }
        ReportView last = reports.find("measureId = ?1 order by reportedOn desc, createdAt desc", m.id).firstResultOptional()
                .map(r -> ReportView.of(r, Lang.RU)).orElse(null);
        return Optional.of(new VersionedState(m.version, new MeasureState(MeasureView.of(m, Lang.RU, time.today()), last, m.seq),
                COMPUTED, m.document.id.toString(), m.document.marking()));
    }
}
