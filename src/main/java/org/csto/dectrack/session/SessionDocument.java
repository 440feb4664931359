package org.csto.dectrack.session;

import java.util.UUID;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document adopted (or considered) at a session, as the session's view lists it. */
@Schema(name = "SessionDocument")
public record SessionDocument(
        UUID id,
        @Schema(example = "CSC-2024-01") String reference,
        @Schema(example = "DECLARATION") String type,
        Texts titles,
        @Schema(example = "Declaration of the Collective Security Council") String title,
        @Schema(example = "ADOPTED") String adoptionStatus,
        @Schema(nullable = true, example = "2", description = "Number (from 1) of the agenda item it was considered under")
        Integer agendaItem) {
}
