package org.csto.dectrack.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.session.SessionViews.AgendaItemView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers send to record and replace sessions. */
public final class SessionInputs {
    private SessionInputs() {
    }

    @Schema(name = "SessionInput", description = "A session as created (POST) or replaced (PUT)")
    public record SessionInput(
            @NotNull @Schema(example = "CSC") String body,
            @Schema(example = "REGULAR", description = "Default REGULAR") SessionKind kind,
            @Schema(example = "IN_PERSON", description = "Default IN_PERSON") SessionFormat format,
            @Schema(example = "HELD", description = "Default PLANNED") SessionStatus status,
            @NotNull @Schema(example = "2024-11-28") LocalDate startDate,
            @Schema(example = "2024-11-28", description = "Default: the start date") LocalDate endDate,
            @Size(max = 200) @Schema(example = "Astana") String city,
            @Schema(example = "KZ") String hostCountry,
            @Schema(example = "KZ", description = "Default: the state chairing on the start date") String chair,
            @Size(max = 20) @Schema(example = "[\"BY\", \"KG\", \"KZ\", \"RU\", \"TJ\"]") List<String> attendees,
            @Size(max = 200) List<@Valid @NotNull AgendaItemView> agenda,
            @Size(max = 10000) String notes) {

        /** The session as a PUT that changes nothing would send it: what a merge patch applies to. */
        public static SessionInput of(Session session) {
            return new SessionInput(session.body, session.kind, session.format, session.status, session.startDate,
                    session.endDate, session.city, session.hostCountry, session.chair, List.copyOf(session.attendees),
                    session.agenda.stream().map(item -> AgendaItemView.of(item.titles.toTexts(), item.outcome)).toList(),
                    session.notes);
        }
    }
}
