package org.csto.dectrack.implementation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.shared.csv.CsvColumns;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about measures, progress reports and roll-ups (evidence links go both ways). */
public final class MeasureViews {
    private MeasureViews() {
    }

    @Schema(name = "Measure")
    public record MeasureView(
            UUID id,
            @Schema(example = "CSC-2024-02A/M1.2") String reference,
            UUID document,
            @Schema(example = "CSC-2024-02A") String documentReference,
            @Schema(nullable = true) UUID parent,
            @Schema(example = "2") int depth,
            Texts titles,
            String title,
            @Schema(nullable = true) String description,
            @Schema(example = "TJ") String lead,
            List<String> contributors,
            @Schema(nullable = true) LocalDate startDate,
            @Schema(nullable = true) LocalDate dueDate,
            @Schema(example = "1") int weight,
            MeasureStatus status,
            @Schema(example = "35.5", description = "0 to 100; a parent's is the weighted mean of its children's") double progress,
            @Schema(description = "Due date passed and not completed or cancelled (computed today)") boolean overdue,
            @Schema(description = "Due within 30 days and behind the share of time elapsed (computed today)") boolean atRisk,
            @Schema(example = "0") long daysLate,
            @Schema(example = "3") int children,
            @Schema(nullable = true) LocalDate lastReportedOn,
            @Schema(nullable = true) String notes,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        /** The measure's ETag: its version and what the day made of it (the flags change overnight, the row does not). */
        public EntityTag etag(long version) {
            return Etags.of(version, new Lateness(overdue, atRisk, daysLate).dayState());
        }

        /** The header row of {@link #CSV}, for the OpenAPI document (a test holds the two together). */
        public static final String CSV_HEADER = "id,reference,document,documentReference,parent,depth,title,description,lead,"
                + "contributors,startDate,dueDate,weight,status,progress,overdue,atRisk,daysLate,"
                + "children,lastReportedOn,notes,createdAt,createdBy,updatedAt,updatedBy";
        /** The CSV list: {@code title} in the requested language, contributors joined with ';'. */
        public static final CsvColumns<MeasureView> CSV = CsvColumns.<MeasureView>file("measures")
                .value("id", MeasureView::id).text("reference", MeasureView::reference)
                .value("document", MeasureView::document).text("documentReference", MeasureView::documentReference)
                .value("parent", MeasureView::parent).value("depth", MeasureView::depth)
                .text("title", MeasureView::title).text("description", MeasureView::description)
                .text("lead", MeasureView::lead).list("contributors", MeasureView::contributors)
                .value("startDate", MeasureView::startDate).value("dueDate", MeasureView::dueDate)
                .value("weight", MeasureView::weight).value("status", MeasureView::status)
                .value("progress", MeasureView::progress).value("overdue", MeasureView::overdue)
                .value("atRisk", MeasureView::atRisk).value("daysLate", MeasureView::daysLate)
                .value("children", MeasureView::children).value("lastReportedOn", MeasureView::lastReportedOn)
                .text("notes", MeasureView::notes)
                .value("createdAt", MeasureView::createdAt).text("createdBy", MeasureView::createdBy)
                .value("updatedAt", MeasureView::updatedAt).text("updatedBy", MeasureView::updatedBy);

        /** The same measure with its status and progress on a day, and its lateness then. */
        MeasureView on(MeasureStatus statusOnTheDay, double progressOnTheDay, Lateness lateness, LocalDate lastReportedOnTheDay) {
            return new MeasureView(id, reference, document, documentReference, parent, depth, titles, title, description, lead,
                    contributors, startDate, dueDate, weight, statusOnTheDay, progressOnTheDay, lateness.overdue(),
                    lateness.atRisk(), lateness.daysLate(), children, lastReportedOnTheDay, notes, createdAt, createdBy,
                    updatedAt, updatedBy);
        }

        public static MeasureView of(Measure m, Lang lang, LocalDate today) {
            Lateness lateness = m.latenessOn(today);
            return new MeasureView(m.id, m.reference, m.document.id, m.document.reference, m.parentId, m.depth,
                    m.titles.toTexts(), m.titles.in(lang), m.description, m.lead, m.contributors.stream().sorted().toList(), m.startDate,
                    m.dueDate, m.weight, m.status, m.progress, lateness.overdue(), lateness.atRisk(), lateness.daysLate(),
                    m.childCount, m.lastReportedOn, m.notes, m.createdAt, m.createdBy, m.updatedAt, m.updatedBy);
        }
    }

    @Schema(name = "EvidenceLink")
    public record EvidenceView(
            @Size(max = 500) @Schema(nullable = true, example = "Press release") String title,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "(https?|urn):\\S+", message = "{dectrack.address}")
            @Schema(example = "https://example.org/news/2025-04-11") String url) {
    }

    @Schema(name = "ProgressReport")
    public record ReportView(
            UUID id,
            UUID measure,
            LocalDate reportedOn,
            String reportingParty,
            Texts texts,
            String text,
            @Schema(nullable = true) Double progress,
            double previousProgress,
            @Schema(nullable = true) MeasureStatus status,
            MeasureStatus previousStatus,
            @Schema(nullable = true) String reason,
            List<EvidenceView> evidence,
            @Schema(description = "Ids of the activities cited as evidence (/api/v1/activities/{id})") List<UUID> activities,
            Instant createdAt,
            String createdBy) {
        public static ReportView of(ProgressReport r, Lang lang) {
            return new ReportView(r.id, r.measureId, r.reportedOn, r.reportingParty, r.texts.toTexts(), r.texts.in(lang),
                    r.progress, r.previousProgress, r.status, r.previousStatus, r.reason,
                    r.evidence.stream().map(e -> new EvidenceView(e.title, e.url)).toList(), List.copyOf(r.activityIds),
                    r.createdAt, r.createdBy);
        }
    }

    @Schema(name = "LateMeasure")
    public record LateMeasure(UUID id, String reference, String title, String lead, LocalDate dueDate, long daysLate,
                              MeasureStatus status, double progress) {
    }

    @Schema(name = "Implementation", description = "Roll-up of the measures that carry out a document or a session's documents")
    public record ImplementationView(
            @Schema(example = "CSC-2024-02A") String subject,
            @Schema(example = "42.5", description = "Weighted mean of the top-level measures' progress, cancelled ones left out")
            double progress,
            @Schema(nullable = true) MeasureStatus status,
            @Schema(example = "7") int measures,
            @Schema(example = "{\"PLANNED\": 3, \"IN_PROGRESS\": 2, \"SUSPENDED\": 0, \"COMPLETED\": 2, \"CANCELLED\": 0}")
            Map<MeasureStatus, Integer> byStatus,
            int overdue,
            int atRisk,
            @Schema(nullable = true, description = "Earliest due date, today or later, of an open measure") LocalDate nextDeadline,
            List<LateMeasure> late,
            @Schema(description = "The same figures per top-level measure (a programme's stages) or, for a session, per "
                    + "document that no other of its documents reaches, each with the documents it reaches")
            List<ImplementationView> parts,
            @Schema(description = "The documents whose measures the roll-up covers, each once, with the figures of each "
                    + "one's own measures: the document, then those reached from it (what it approves, what implements it, "
                    + "transitively), nearest first; for a session, each document it weighs followed by those it reaches; "
                    + "empty in parts")
            List<CoveredDocument> documents) {
    }

    @Schema(name = "ImplementationDocument", description = "A document whose measures a roll-up covers, with the figures of "
            + "its own measures")
    public record CoveredDocument(
            UUID id,
            @Schema(example = "CSC-2024-02A") String reference,
            @Schema(nullable = true, maxLength = 20, example = "APPROVES",
                    description = "How `via` relates to it: APPROVES (`via` approves it) or IMPLEMENTED_BY (it implements "
                            + "`via`); null where the roll-up starts (the document, or a document the session weighs)")
            String relation,
            @Schema(nullable = true, maxLength = 80, example = "CSC-2024-02",
                    description = "The covered document it was reached from (the first path found)") String via,
            @Schema(example = "42.5", description = "Weighted mean of its own top-level measures' progress") double progress,
            @Schema(nullable = true) MeasureStatus status,
            @Schema(example = "3") int measures) {
    }
}
