package org.csto.dectrack.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about activities. */
public final class ActivityViews {
    private ActivityViews() {
    }

    @Schema(name = "ActivityMeasure", description = "A measure the activity carries out")
    public record CarriedOut(UUID id, @Schema(example = "CSC-2024-02/1.1") String reference, String title,
                             @Schema(description = "The document the measure carries out") UUID document) {
    }

    @Schema(name = "Activity")
    public record ActivityView(
            UUID id,
            @Schema(example = "JOINT_TRAINING") ActivityKind kind,
            Texts titles,
            @Schema(description = "Title in the language the caller asked for") String title,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(nullable = true, example = "KZ") String state,
            @Schema(nullable = true, example = "Almaty") String city,
            List<String> participants,
            List<String> partners,
            @Schema(description = "The measures it carries out that the caller may see", maxItems = 200) List<CarriedOut> measures,
            @Schema(nullable = true) String notes,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy) {
        static ActivityView of(Activity a, Lang lang, List<CarriedOut> measures) {
            return new ActivityView(a.id, a.kind, a.titles.toTexts(), a.titles.in(lang), a.startDate, a.endDate, a.state, a.city,
                    a.participants.stream().sorted().toList(), a.partners.stream().sorted().toList(), measures, a.notes, a.createdAt, a.createdBy,
                    a.updatedAt, a.updatedBy);
        }
    }
}
