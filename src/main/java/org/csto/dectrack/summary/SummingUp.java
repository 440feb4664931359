package org.csto.dectrack.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Secretary General's yearly summing-up of results, as figures. */
@Schema(name = "SummingUp")
public record SummingUp(
        @Schema(example = "2025") int year,
        @Schema(description = "Date the figures are taken at: the year's end, or asOf when earlier (today by default)")
        LocalDate asOf,
        List<SessionLine> sessions,
        @Schema(description = "Documents considered in the year, by adoption status and by type")
        Map<String, Long> documentsByStatus,
        Map<String, Long> documentsByType,
        @Schema(description = "Per member state: positions recorded on the year's documents")
        Map<String, Map<String, Long>> positionsByState,
        @Schema(description = "Notifications the depositary received in the year") long notificationsReceived,
        @Schema(description = "Documents that entered into force in the year") long documentsEnteredIntoForce,
        @Schema(description = "Measures (tasks without sub-measures) due in the year, by their status on asOf (today by default)")
        Map<String, Long> measuresDueByStatus,
        @Schema(description = "Measures completed with a report dated in the year") long measuresCompleted,
        @Schema(description = "Progress reports dated in the year") long progressReports,
        @Schema(description = "Open measures whose due date had passed at asOf") long overdueAtAsOf) {

    @Schema(name = "SummingUpSession")
    public record SessionLine(UUID id, String body, LocalDate date, @Schema(nullable = true) String city,
                              @Schema(nullable = true) String chair, String kind, long documents) {
    }
}
