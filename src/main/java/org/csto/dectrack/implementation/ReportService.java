package org.csto.dectrack.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureViews.EvidenceView;
import org.csto.dectrack.implementation.MeasureViews.ReportInput;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Progress reports: append-only, dated, authored; the only way a measure's progress and status change. */
@ApplicationScoped
public class ReportService {
    private final MeasureService measures;
    private final ReportRepository reports;
    private final ReferenceData referenceData;
    private final TimeSource time;
    private final EntityManager em;

    public ReportService(MeasureService measures, ReportRepository reports, ReferenceData referenceData, TimeSource time,
                         EntityManager em) {
        this.measures = measures;
        this.reports = reports;
        this.referenceData = referenceData;
        this.time = time;
        this.em = em;
    }

    /** The timeline of a measure, oldest first. */
    public PageView<ProgressReport> timeline(UUID measureId, PageRequest page) {
        measures.get(measureId);
        return new WhereClause().and("r.measureId = :m", "m", measureId).page(em, ProgressReport.class, "ProgressReport r", "r", page);
    }

    public ProgressReport get(UUID measureId, UUID reportId) {
        ProgressReport report = reports.findById(reportId);
        if (report == null || !report.measureId.equals(measureId)) {
            throw ProblemException.notFound("Progress report", reportId);
        }
        return report;
    }

    /**
     * Appends a report under the measure's row lock, so concurrent reports never lose one another's effect; with
     * If-Match, of several sent against one version exactly one succeeds.
     */
    @Transactional
    public ProgressReport add(UUID measureId, String ifMatch, @NotNull @Valid ReportInput input) {
        Measure measure = measures.locked(measureId);
        if (ifMatch != null) {
            Etags.require(ifMatch, measure.version);
        }
        if (input.reportedOn().isAfter(time.today())) {
            throw ProblemException.invalidField("reportedOn", "must not be in the future (today is " + time.today() + ")");
        }
        if (measure.lastReportedOn != null && input.reportedOn().isBefore(measure.lastReportedOn)) {
            throw ProblemException.invalidField("reportedOn", "must not be before the previous report (" + measure.lastReportedOn + ")");
        }
        String party = referenceData.requireParty("reportingParty", input.reportingParty());
        LocalizedText texts = LocalizedText.of(input.texts());
        if (texts.ru == null && texts.en == null) {
            throw ProblemException.invalidField("texts", "must have a text in Russian or English");
        }
        boolean changes = input.progress() != null || input.status() != null;
        if (measure.isParent() && changes) {
            throw ProblemException.conflict("The progress and status of " + measure.reference + " follow its "
                    + measure.childCount + " sub-measure(s); report on those");
        }
        MeasureStatus from = measure.status;
        MeasureStatus to = input.status() == null ? from : input.status();
        double progress = input.progress() == null ? measure.progress : input.progress();
        if (to != from) {
            if (!from.canBecome(to)) {
                throw ProblemException.invalidTransition("A " + from + " measure cannot become " + to,
                        from.allowedTargets().stream().map(Enum::name).toList());
            }
            boolean needsReason = from == MeasureStatus.COMPLETED || to == MeasureStatus.SUSPENDED || to == MeasureStatus.CANCELLED;
            if (needsReason && (input.reason() == null || input.reason().isBlank())) {
                throw ProblemException.invalidField("reason", "is required to move a " + from + " measure to " + to);
            }
        } else if (changes && from == MeasureStatus.CANCELLED) {
            throw ProblemException.invalidTransition("A CANCELLED measure is final", List.of());
        } else if (from == MeasureStatus.PLANNED && progress > 0) {
            to = MeasureStatus.IN_PROGRESS; // work reported on a planned measure means it has started
        }
        if (to == MeasureStatus.COMPLETED) {
            if (input.progress() != null && input.progress() != 100) {
                throw ProblemException.invalidField("progress", "must be 100 for a COMPLETED measure");
            }
            progress = 100;
        } else if (from == MeasureStatus.COMPLETED && to == MeasureStatus.COMPLETED && progress < 100) {
            throw ProblemException.conflict("A COMPLETED measure stays at 100%; reopen it (status IN_PROGRESS, with a reason) first");
        }
        ProgressReport report = new ProgressReport();
        report.id = Ids.newId();
        report.measureId = measureId;
        report.reportedOn = input.reportedOn();
        report.reportingParty = party;
        report.texts = texts;
        report.progress = input.progress() == null ? null : input.progress().doubleValue();
        report.previousProgress = measure.progress;
        report.status = to == from ? input.status() : to;
        report.previousStatus = from;
        report.reason = Strings.blankToNull(input.reason());
        if (input.evidence() != null) {
            for (EvidenceView view : input.evidence()) {
                Evidence evidence = new Evidence();
                evidence.title = Strings.blankToNull(view.title());
                evidence.url = view.url();
                report.evidence.add(evidence);
            }
        }
        reports.persist(report);
        measure.progress = progress;
        measure.status = to;
        measure.lastReportedOn = input.reportedOn();
        em.flush();
        if (measure.parentId != null) {
            measures.rollUpFrom(measures.locked(measure.parentId));
        }
        em.flush();
        return report;
    }
}
