package org.csto.dectrack.document;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.document.DocumentInputs.RatificationInput;
import org.csto.dectrack.document.DocumentInputs.RelationInput;
import org.csto.dectrack.document.DocumentViews.PositionView;
import org.csto.dectrack.document.DocumentViews.RatificationView;
import org.csto.dectrack.document.DocumentViews.RelationView;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.persistence.Upserted;
import org.csto.dectrack.shared.problem.Problems;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is recorded about a document after it exists: each member state's position and ratification, and its relations. */
@Path("/api/v1/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Positions and ratification", description = "What each member state did with a document, and its ratification")
public class DocumentRecordsResource {
    @Inject PositionService service;
    @Inject RelationService relations;

    @GET
    @Path("/positions/{state}")
    @Operation(operationId = "getPosition", summary = "Get a state's position on a document",
            description = "With the position's ETag.")
    @APIResponse(responseCode = "200", description = "The position",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class)))
    public Response getPosition(@PathParam("id") UUID id,
            @Parameter(example = "KZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                @Context Request request) {
        Position position = service.position(id, state);
        return Etags.conditionalGet(request, position.version, PositionView.of(position.state, position));
    }

    @PUT
    @Path("/positions/{state}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "recordPosition", summary = "Record or replace a state's position",
            description = "201 when first recorded; replacing needs If-Match with the position's ETag. OBJECTED is refused "
                    + "on an adopted document; on a PROTOCOL_DECISION only the chair signs.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class)))
    public Response putPosition(@PathParam("id") UUID id,
            @Parameter(example = "KZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                @HeaderParam("If-Match") String ifMatch, PositionInput input, @Context UriInfo uri) {
        Upserted<Position> written = service.putPosition(id, state, ifMatch, input);
        Position position = written.value();
        return Responses.upserted(written.created(), uri, position.version, PositionView.of(position.state, position));
    }

    @PATCH
    @Path("/positions/{state}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "patchPosition", summary = "Change some fields of a state's position",
            description = MergePatch.DESCRIPTION + " The position must be recorded (else 404).")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = "{\"reservation\": null}"))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class)))
    public Response patchPosition(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                    maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                  @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Position position = service.patchPosition(id, state, ifMatch, patch);
        return Responses.ok(position.version, PositionView.of(position.state, position));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/positions/{state}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "deletePosition", summary = "Remove a state's position",
            description = "Needs If-Match with the position's ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deletePosition(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                    maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                   @HeaderParam("If-Match") String ifMatch) {
        service.deletePosition(id, state, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/ratifications/{state}")
    @Operation(operationId = "getRatification", summary = "Get a state's ratification of a document",
            description = "With the ratification's ETag.")
    @APIResponse(responseCode = "200", description = "The ratification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatificationView.class)))
    public Response getRatification(@PathParam("id") UUID id,
            @Parameter(example = "RU",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                    @Context Request request) {
        Ratification ratification = service.ratification(id, state);
        return Etags.conditionalGet(request, ratification.version, RatificationView.of(ratification, null));
    }

    @PUT
    @Path("/ratifications/{state}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.LIAISON})
    @Operation(operationId = "recordRatification", summary = "Record or replace a state's ratification",
            description = "signedOn, ratifiedOn and notifiedOn, each later than the one before. Only for documents that "
                    + "need ratification (else 409). Replacing needs If-Match with the ratification's ETag.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatificationView.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatificationView.class)))
    public Response putRatification(@PathParam("id") UUID id,
            @Parameter(example = "RU",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                    @HeaderParam("If-Match") String ifMatch, RatificationInput input, @Context UriInfo uri) {
        Upserted<Ratification> written = service.putRatification(id, state, ifMatch, input);
        Ratification ratification = written.value();
        return Responses.upserted(written.created(), uri, ratification.version, RatificationView.of(ratification, null));
    }

    @PATCH
    @Path("/ratifications/{state}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.LIAISON})
    @Operation(operationId = "patchRatification", summary = "Change some dates of a state's ratification",
            description = MergePatch.DESCRIPTION + " The ratification must be recorded (else 404).")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = "{\"notifiedOn\": \"2025-08-01\"}"))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatificationView.class)))
    public Response patchRatification(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                    maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                      @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Ratification ratification = service.patchRatification(id, state, ifMatch, patch);
        return Responses.ok(ratification.version, RatificationView.of(ratification, null));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/ratifications/{state}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "deleteRatification", summary = "Remove a state's ratification record",
            description = "Needs If-Match with its ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteRatification(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                    maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("state") String state,
                                       @HeaderParam("If-Match") String ifMatch) {
        service.deleteRatification(id, state, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/relations")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Tag(name = "Relations",
            description = "How documents approve, implement, amend, supersede, repeal, extend or refer to others")
    @Operation(operationId = "addRelation", summary = "Link this document to another",
            description = "No self-links, no duplicates, no cycles of SUPERSEDES and REPEALS (409).")
    @APIResponse(responseCode = "201", description = "Linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationView.class)))
    public Response addRelation(@PathParam("id") UUID id, RelationInput input, @Context UriInfo uri, @Context HttpHeaders headers) {
        Relation relation = relations.add(id, input);
        return Responses.created(uri, relation.id, relation.version, RelationView.of(relation, id, Lang.from(headers)));
    }

    @GET
    @Path("/relations/{relationId}")
    @Tag(name = "Relations")
    @Operation(operationId = "getRelation", summary = "Get one relation of this document",
            description = "Seen from this document: incoming ones carry the inverse name.")
    @APIResponse(responseCode = "200", description = "The relation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationView.class)))
    public Response getRelation(@PathParam("id") UUID id, @PathParam("relationId") UUID relationId, @Context HttpHeaders headers,
                        @Context Request request) {
        Relation relation = relations.get(id, relationId);
        return Etags.conditionalGet(request, relation.version, RelationView.of(relation, id, Lang.from(headers)));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/relations/{relationId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Tag(name = "Relations")
    @Operation(operationId = "deleteRelation", summary = "Remove a relation",
            description = "Needs If-Match with the relation's ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteRelation(@PathParam("id") UUID id, @PathParam("relationId") UUID relationId,
                           @HeaderParam("If-Match") String ifMatch) {
        relations.delete(id, relationId, ifMatch);
        return Response.noContent().build();
    }
}
