package org.csto.dectrack.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.paging.Figure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Secretary General's annual report on a year, in the caller's language: every count is a {@link Figure} or a
 * {@link Line} carrying the list (a relative URL) whose totalItems it is.
 */
@Schema(name = "AnnualReport", description = "The annual report: `chairmanship` is the state chairing in the year, "
        + "`nextChairmanship` the one chairing the next year (null until decided)")
public record AnnualReport(
        @Schema(example = "2024") int year,
        @Schema(description = "The day the figures are taken on: the year's last day, today while the year runs, or asOf")
        LocalDate asOf,
        @Schema(example = "en", enumeration = {"ru", "en"}) String language,
        @Schema(example = "Results of the Organization's work in 2024") String title,
        @Schema(nullable = true) Chair chairmanship,
        @Schema(nullable = true) Chair nextChairmanship,
        Sessions sessions,
        Documents documents,
        @Schema(description = "Per member state: the year's adopted documents it signed (or joined) and those it did not")
        List<StatePositions> positions,
        Ratifications ratifications,
        Implementation implementation,
        @Schema(description = "Open measures without sub-measures past their due date on asOf, by lead")
        List<Line> overdueByParty,
        Activities activities,
        @Schema(description = "The year's key figures against the previous year's (each as of its last day, or asOf)",
                maxItems = 10)
        List<Comparison> comparison) {

    /** A counted group: its key (a code or enum name), its label in the report's language, the count and its list. */
    @Schema(name = "AnnualReportLine")
    public record Line(
            @Schema(example = "DECISION", maxLength = 30) String key,
            @Schema(example = "Decision") String label,
            @Schema(example = "5") long count,
            @Schema(example = "/api/v1/documents?year=2024&adoptionStatus=ADOPTED&type=DECISION") String list) {
    }

    @Schema(name = "AnnualReportChair")
    public record Chair(@Schema(example = "KZ") String state, @Schema(example = "Republic of Kazakhstan") String name,
                        LocalDate from, LocalDate to) {
    }

    @Schema(name = "AnnualReportSession")
    public record SessionLine(UUID id, @Schema(example = "CSC") String body, String bodyName, LocalDate date,
                              @Schema(nullable = true) String city, @Schema(nullable = true) String chair,
                              @Schema(description = "Documents it considered") Figure documents) {
    }

    @Schema(name = "AnnualReportSessions")
    public record Sessions(@Schema(description = "Sessions held in the year") Figure held, List<SessionLine> list) {
    }

    @Schema(name = "AnnualReportDocuments")
    public record Documents(@Schema(description = "Documents adopted in the year") Figure adopted,
                            @Schema(maxItems = 11, description = "One line per document type") List<Line> byType,
                            List<Line> byBody) {
    }

    @Schema(name = "AnnualReportPositions")
    public record StatePositions(@Schema(example = "KZ") String state, String name, Figure signed, Figure notSigned) {
    }

    @Schema(name = "AnnualReportRatifiedDocument")
    public record RatifiedDocument(UUID id, String reference, String title,
                                   @Schema(description = "States whose notification the depositary received in the year")
                                   List<String> notifiedBy,
                                   @Schema(nullable = true) LocalDate entryIntoForce,
                                   @Schema(example = "/api/v1/documents/0190c0de-0000-7000-8000-000000000000/ratifications")
                                   String list) {
    }

    @Schema(name = "AnnualReportRatifications")
    public record Ratifications(
            @Schema(description = "Notifications the depositary received in the year; per document in byDocument")
            long notificationsReceived,
            @Schema(description = "Documents that entered into force in the year") Figure enteredIntoForce,
            List<RatifiedDocument> byDocument) {
    }

    @Schema(name = "AnnualReportImplementation")
    public record Implementation(
            @Schema(description = "Measures without sub-measures due in the year") Figure due,
            @Schema(description = "The same, by their status on asOf", maxItems = 5) List<Line> dueByStatus,
            @Schema(description = "Measures completed with a report dated in the year") Figure completed,
            @Schema(nullable = true, example = "62.5",
                    description = "Per cent of the year's due measures COMPLETED on asOf, cancelled ones left out; null when none")
            Double completionRate,
            @Schema(description = "Progress reports dated in the year") long progressReports) {
    }

    @Schema(name = "AnnualReportActivities")
    public record Activities(@Schema(description = "Activities that started in the year") Figure total,
                             @Schema(maxItems = 6, description = "One line per kind") List<Line> byKind,
                             @Schema(description = "Per partner organisation taking part") List<Line> byPartner) {
    }

    @Schema(name = "AnnualReportComparison")
    public record Comparison(@Schema(example = "documentsAdopted", maxLength = 30) String key, String label,
                             @Schema(example = "11") double current, @Schema(example = "15") double previous,
                             @Schema(example = "-4") double change) {
    }
}
