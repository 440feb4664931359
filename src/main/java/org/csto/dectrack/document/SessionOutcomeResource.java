package org.csto.dectrack.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.SessionOutcomeInput;
import org.csto.dectrack.document.DocumentViews.DocumentView;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session's results, entered after it is held: the documents it considered, their positions and adoption, at once. */
@Path("/api/v1/sessions/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Sessions")
public class SessionOutcomeResource {
    @Inject SessionOutcomeService outcomes;
    @Inject DocumentService documents;
    @Inject DocumentAssembler assembler;

    /** The documents recorded, each as GET /documents/{id} shows it. */
    @Schema(name = "SessionOutcome")
    public record SessionOutcomeView(@Schema(maxItems = 50) List<DocumentView> documents) {
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "recordSessionOutcome", summary = "Record what a session adopted, with the positions",
            description = "Each document is recorded as POST /documents records one (at this session, with its body), "
                    + "its positions as PUT /documents/{id}/positions writes them, and its outcome (default ADOPTED) as a "
                    + "transition: adoption needs consensus (no OBJECTED position) and is dated by default on the session's "
                    + "start. All or nothing in one transaction: when anything fails nothing is written, and the 400 names "
                    + "each failing field under its document (`documents[1].document.titles.ru`, "
                    + "`documents[0].positions[KZ].date`, `documents[2].outcome`).")
    @APIResponse(responseCode = "200", description = "The documents recorded, in the order given")
    public SessionOutcomeView record(@PathParam("id") UUID id, SessionOutcomeInput input, @Context HttpHeaders headers) {
        List<UUID> recorded = outcomes.record(id, input);
        Lang lang = Lang.from(headers);
        return new SessionOutcomeView(recorded.stream().map(d -> assembler.view(documents.get(d), lang)).toList());
    }
}
