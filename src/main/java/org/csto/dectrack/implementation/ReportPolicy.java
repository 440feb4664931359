package org.csto.dectrack.implementation;

import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.implementation.MeasureInputs.ReportInput;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.problem.ProblemException;

/**
 * The state machine of progress reports, free of persistence: what a report may say about its measure and what the
 * measure's status and progress become.
 */
public final class ReportPolicy {
    private ReportPolicy() {
    }

    /**
     * What a report does to its measure.
     *
     * @param status the measure's status after the report
     * @param progress the measure's progress after the report
     * @param reportedStatus the status the report records (null when it neither asked for nor caused a change)
     */
    public record Outcome(MeasureStatus status, double progress, MeasureStatus reportedStatus) {
    }

    /**
     * A report is dated no later than {@code latest} (today in the easternmost member state) and no earlier than the
     * measure's previous report; it has a text.
     */
    public static void checkReport(Measure measure, ReportInput input, LocalDate latest) {
        if (input.reportedOn().isAfter(latest)) {
            throw ProblemException.invalidField("reportedOn", "report.future", latest);
        }
        if (measure.lastReportedOn != null && input.reportedOn().isBefore(measure.lastReportedOn)) {
            throw ProblemException.invalidField("reportedOn", "report.beforePrevious", measure.lastReportedOn);
        }
        LocalizedText texts = LocalizedText.of(input.texts());
        if (texts.ru == null && texts.en == null) {
            throw ProblemException.invalidField("texts", "report.text");
        }
    }

    /**
     * A parent follows its children, so reports on it only tell; a leaf moves along {@link MeasureStatus}'s transitions,
     * with a reason to suspend, cancel or reopen; work reported on a planned measure starts it; a completed measure is
     * at 100% (reopen it, with a reason, to report less); a cancelled one is final.
     */
    public static Outcome outcome(Measure measure, ReportInput input) {
        boolean changes = input.progress() != null || input.status() != null;
        if (measure.isParent() && changes) {
            throw ProblemException.conflict("report.parent", measure.reference, measure.childCount);
        }
        MeasureStatus from = measure.status;
        MeasureStatus to = input.status() == null ? from : input.status();
        double progress = input.progress() == null ? measure.progress : input.progress();
        if (to != from) {
            if (!from.canBecome(to)) {
                throw ProblemException.invalidTransition("measure.transition",
                        from.allowedTargets().stream().map(Enum::name).toList(), from, to);
            }
            boolean needsReason = from == MeasureStatus.COMPLETED || to == MeasureStatus.SUSPENDED || to == MeasureStatus.CANCELLED;
            if (needsReason && (input.reason() == null || input.reason().isBlank())) {
                throw ProblemException.invalidField("reason", "report.reason", from, to);
            }
        } else if (changes && from == MeasureStatus.CANCELLED) {
            throw ProblemException.invalidTransition("measure.cancelledFinal", List.of());
        } else if (from == MeasureStatus.PLANNED && progress > 0) {
            to = MeasureStatus.IN_PROGRESS;
        }
        if (to == MeasureStatus.COMPLETED) {
            if (input.progress() != null && input.progress() != 100) {
                throw ProblemException.invalidField("progress", "report.completed");
            }
            progress = 100;
        }
        return new Outcome(to, progress, to == from ? input.status() : to);
    }
}
