package org.csto.dectrack.implementation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureViews.EvidenceView;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers send to create and replace measures and to report progress. */
public final class MeasureInputs {
    private MeasureInputs() {
    }

    @Schema(name = "MeasureInput", description = "A measure as created (POST) or replaced (PUT). Status and progress change "
            + "only through progress reports; document and parent are fixed at creation.")
    public record MeasureInput(
            @Schema(description = "Document the measure carries out (required on creation)") UUID document,
            @Schema(description = "Parent measure (same document); omit for a top-level measure") UUID parent,
            @NotNull @Valid Texts titles,
            @Size(max = 10000) String description,
            @NotNull @Schema(example = "TJ", description = "Body or member state code") String lead,
            @Size(max = 20) @Schema(example = "[\"JS\", \"RU\"]") List<@NotNull String> contributors,
            @Schema(example = "2025-01-29") LocalDate startDate,
            @Schema(example = "2025-12-31") LocalDate dueDate,
            @Min(0) @Max(1000) @Schema(example = "1", description = "Share in the parent's progress (default 1)") Integer weight,
            @Size(max = 10000) String notes,
            @Schema(description = "Read-only: accepted only when unchanged") MeasureStatus status,
            @Schema(description = "Read-only: accepted only when unchanged") Double progress) {

        /** The measure as a PUT that changes nothing would send it: what a merge patch applies to. */
        static MeasureInput of(Measure m) {
            return new MeasureInput(m.document.id, m.parentId, m.titles.toTexts(), m.description, m.lead,
                    List.copyOf(m.contributors), m.startDate, m.dueDate, m.weight, m.notes, m.status, m.progress);
        }
    }

    @Schema(name = "ReportInput")
    public record ReportInput(
            @NotNull @Schema(example = "2025-04-11") LocalDate reportedOn,
            @NotNull @Schema(example = "TJ", description = "Body or member state that reports") String reportingParty,
            @NotNull @Valid Texts texts,
            @Min(0) @Max(100) @Schema(example = "40") Integer progress,
            @Schema(example = "IN_PROGRESS") MeasureStatus status,
            @Size(max = 2000) @Schema(example = "Stage-1 meeting held in Dushanbe") String reason,
            @Size(max = 20) List<@NotNull @Valid EvidenceView> evidence,
            @Size(max = 20) @Schema(description = "Ids of recorded activities the report cites as evidence (/api/v1/activities)")
            List<@NotNull UUID> activities) {
        /** A report that cites no activity. */
        public ReportInput(LocalDate reportedOn, String reportingParty, Texts texts, Integer progress, MeasureStatus status,
                           String reason, List<EvidenceView> evidence) {
            this(reportedOn, reportingParty, texts, progress, status, reason, evidence, null);
        }
    }
}
