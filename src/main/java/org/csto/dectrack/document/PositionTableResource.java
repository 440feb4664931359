package org.csto.dectrack.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.PositionTableInput;
import org.csto.dectrack.document.DocumentInputs.RatificationTableInput;
import org.csto.dectrack.document.DocumentViews.DocumentView;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A document's whole table of positions, or of ratification records, written in one request. */
@Path("/api/v1/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Positions and ratification")
public class PositionTableResource {
    @Inject PositionTables tables;
    @Inject DocumentService documents;
    @Inject DocumentAssembler assembler;

    @PUT
    @Path("/positions")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "recordPositions", summary = "Record every state's position on a document at once",
            description = "The whole table: a state left out has no position afterwards. One transaction and one new "
                    + "version of the document; needs If-Match with the document's ETag. Each row is checked as "
                    + "`PUT …/positions/{state}` checks its body, and when any fails nothing is written and the 400 names "
                    + "each failing field under its state (`positions[KZ].date`).")
    @APIResponse(responseCode = "200", description = "The document with its positions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response putPositions(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, PositionTableInput input,
                                 @Context HttpHeaders headers) {
        tables.putPositions(id, ifMatch, input);
        return current(id, headers);
    }

    @PUT
    @Path("/ratifications")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "recordRatifications", summary = "Record every state's ratification of a document at once",
            description = "The whole table: a state left out has no ratification record afterwards. Only for documents "
                    + "that need ratification (else 409). One transaction and one new version of the document; needs "
                    + "If-Match with the document's ETag. Each row is checked as `PUT …/ratifications/{state}` checks its "
                    + "body, and when any fails nothing is written and the 400 names each failing field under its state "
                    + "(`ratifications[RU].notifiedOn`).")
    @APIResponse(responseCode = "200", description = "The document with its ratifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response putRatifications(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                     RatificationTableInput input, @Context HttpHeaders headers) {
        tables.putRatifications(id, ifMatch, input);
        return current(id, headers);
    }

    private Response current(UUID id, HttpHeaders headers) {
        Document document = documents.get(id);
        DocumentView view = assembler.view(document, Lang.from(headers));
        return Responses.ok(view.etag(document.version), view);
    }
}
