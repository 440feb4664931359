package org.csto.dectrack.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers send to record and replace activities. */
public final class ActivityInputs {
    private ActivityInputs() {
    }

    @Schema(name = "ActivityInput", description = "An activity as recorded (POST) or replaced (PUT)")
    public record ActivityInput(
            @NotNull @Schema(example = "JOINT_TRAINING") ActivityKind kind,
            @NotNull @Valid Texts titles,
            @NotNull @Schema(example = "2024-09-26") LocalDate startDate,
            @Schema(example = "2024-09-30", description = "Default: the start date") LocalDate endDate,
            @Schema(example = "KZ", description = "Member state where it took place; none for one held by video or abroad")
            String state,
            @Size(max = 200) @Schema(example = "Almaty") String city,
            @Size(max = 20) @Schema(example = "[\"BY\", \"KG\", \"KZ\", \"RU\", \"TJ\"]", description = "Member states taking part")
            List<@NotNull String> participants,
            @Size(max = 50) @Schema(example = "[\"UN\"]", description = "Partner organisations taking part (codes of /api/v1/organizations)")
            List<@NotNull String> partners,
            @Size(max = 200) @Schema(description = "Ids of the measures the activity carries out") List<@NotNull UUID> measures,
            @Size(max = 10000) String notes) {
        /** The activity as a client would send it back: what a merge patch applies to. */
        public static ActivityInput of(Activity a) {
            return new ActivityInput(a.kind, a.titles.toTexts(), a.startDate, a.endDate, a.state, a.city,
                    a.participants.stream().sorted().toList(), a.partners.stream().sorted().toList(), List.copyOf(a.measureIds),
                    a.notes);
        }
    }
}
