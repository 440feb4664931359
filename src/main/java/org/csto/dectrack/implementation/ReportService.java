package org.csto.dectrack.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureInputs.ReportInput;
import org.csto.dectrack.implementation.MeasureViews.EvidenceView;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemText;
import org.csto.dectrack.shared.security.Access;
import org.csto.dectrack.shared.text.Strings;

/** Progress reports: append-only, dated, authored; the only way a measure's progress and status change. */
@ApplicationScoped
public class ReportService {
    @Inject MeasureService measures;
    @Inject ReportRepository reports;
    @Inject CitedActivities activities;
    @Inject ReferenceData referenceData;
    @Inject EntityManager em;

    /** A report just filed, and the version (ETag) its measure has now. */
    public record Filed(ProgressReport report, long measureVersion) {
    }

    /** The timeline of a measure, oldest first. */
    public PageView<ProgressReport> timeline(UUID measureId, PageRequest page) {
        measures.get(measureId);
        return reports.timeline(measureId, page);
    }

    public ProgressReport get(UUID measureId, UUID reportId) {
        ProgressReport report = reports.findById(reportId);
        return ProblemException.requireFound(report != null && report.measureId.equals(measureId) ? report : null,
                "Progress report", reportId);
    }

    /**
     * Appends a report under the measure's row lock, so concurrent reports never lose one another's effect; with
     * If-Match, of several sent against one version exactly one succeeds. The rules are {@link ReportPolicy}'s.
     */
    @Transactional
    public Filed add(UUID measureId, String ifMatch, @NotNull @Valid ReportInput input) {
        Measure measure = measures.locked(measureId);
        if (ifMatch != null) {
            Etags.require(ifMatch, measure.version);
        }
        ReportPolicy.checkReport(measure, input, referenceData.latestReportDate());
        String party = referenceData.requireParty("reportingParty", input.reportingParty());
        Access access = Access.current();
        if (access.confinedToState() && !measure.involves(access.state())) {
            throw ProblemException.forbidden("liaison.reportsOn",
                    access.state() == null ? new ProblemText("liaison.noState") : access.state(), measure.reference, measure.lead);
        }
        access.requireActsFor(party, "report");
        ReportPolicy.Outcome outcome = ReportPolicy.outcome(measure, input);
        ProgressReport report = new ProgressReport();
        report.id = Ids.newId();
        report.measureId = measureId;
        report.reportedOn = input.reportedOn();
        report.reportingParty = party;
        report.texts = LocalizedText.of(input.texts());
        report.progress = input.progress() == null ? null : input.progress().doubleValue();
        report.previousProgress = measure.progress;
        report.status = outcome.reportedStatus();
        report.previousStatus = measure.status;
        report.reason = Strings.blankToNull(input.reason());
        if (input.evidence() != null) {
            for (EvidenceView view : input.evidence()) {
                report.evidence.add(Evidence.of(Strings.blankToNull(view.title()), view.url()));
            }
        }
        if (input.activities() != null) {
            activities.requireRecorded("activities", input.activities());
            report.activityIds.addAll(input.activities());
        }
        reports.persist(report);
        measure.progress = outcome.progress();
        measure.status = outcome.status();
        measure.lastReportedOn = input.reportedOn();
        em.flush();
        if (measure.parentId != null) {
            measures.rollUpFrom(measures.locked(measure.parentId));
        }
        em.flush();
        return new Filed(report, measure.version);
    }
}
