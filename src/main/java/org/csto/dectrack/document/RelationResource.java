package org.csto.dectrack.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.RelationInput;
import org.csto.dectrack.document.DocumentViews.RelationView;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/documents/{id}/relations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "Relations", description = "How documents approve, implement, amend, supersede, repeal, extend or refer to others")
public class RelationResource {
    private final RelationService service;

    public RelationResource(RelationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Link this document to another",
            description = "No self-links, no duplicates, no cycles of SUPERSEDES and REPEALS (409).")
    @APIResponse(responseCode = "201", description = "Linked")
    public Response add(@PathParam("id") UUID id, RelationInput input, @Context UriInfo uri, @Context HttpHeaders headers) {
        Relation relation = service.add(id, input);
        return Responses.created(uri, relation.id, relation.version, RelationView.of(relation, id, Lang.from(headers)));
    }

    @GET
    @Path("/{relationId}")
    @Operation(summary = "Get one relation of this document", description = "Seen from this document: incoming ones carry the inverse name.")
    @APIResponse(responseCode = "200", description = "The relation")
    public Response get(@PathParam("id") UUID id, @PathParam("relationId") UUID relationId, @Context HttpHeaders headers,
                        @Context Request request) {
        Relation relation = service.get(id, relationId);
        return Etags.conditionalGet(request, relation.version, RelationView.of(relation, id, Lang.from(headers)));
    }

    @DELETE
    @Path("/{relationId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Remove a relation", description = "Needs If-Match with the relation's ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") UUID id, @PathParam("relationId") UUID relationId,
                           @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, relationId, ifMatch);
        return Response.noContent().build();
    }
}
