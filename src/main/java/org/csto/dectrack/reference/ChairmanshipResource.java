package org.csto.dectrack.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.reference.ReferenceInputs.ChairmanshipInput;
import org.csto.dectrack.reference.ReferenceViews.ChairmanshipView;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.http.Responses;
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

@Path("/api/v1/chairmanships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Chairmanships", description = "Which member state chairs the Organization, and when")
public class ChairmanshipResource {
    @Inject ChairmanshipService service;

    @GET
    @Operation(operationId = "listChairmanships", summary = "List the chairmanships, or find the one on a date",
            description = "All terms by year; with `on`, only the term covering that date (empty when none).")
    @APIResponse(responseCode = "200", description = "The chairmanships")
    public List<ChairmanshipView> list(
            @Parameter(description = "A date (YYYY-MM-DD): only the term covering it", example = "2024-11-28",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String on) {
        LocalDate date = RequestParameters.date("on", on);
        List<Chairmanship> terms = date == null ? service.all() : service.on(date).map(List::of).orElse(List.of());
        return terms.stream().map(ChairmanshipView::of).toList();
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentChairmanship", summary = "Get the current chairmanship",
            description = "The term covering today's date (UTC).")
    @APIResponse(responseCode = "200", description = "The current chairmanship",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChairmanshipView.class)))
    public Response current(@Context Request request) {
        return conditionalGet(request, service.current());
    }

    @GET
    @Path("/on/{date}")
    @Operation(operationId = "getChairmanshipOn", summary = "Get the chairmanship on a date",
            description = "Which member state chaired on the given date.")
    @APIResponse(responseCode = "200", description = "The chairmanship covering the date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChairmanshipView.class)))
    public Response on(
            @Parameter(example = "2024-11-28", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @PathParam("date") String date, @Context Request request) {
        return conditionalGet(request, service.requireOn(RequestParameters.date("date", date)));
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getChairmanship", summary = "Get the chairmanship of a year",
            description = "The member state that chairs the Organization in that calendar year, with its term.")
    @APIResponse(responseCode = "200", description = "The chairmanship",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChairmanshipView.class)))
    public Response get(
            @Parameter(example = "2024", schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year, @Context Request request) {
        return conditionalGet(request, service.of(year(year)));
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putChairmanship", summary = "Create or replace the chairmanship of a year",
            description = "Creates the term when the year has none (201, no If-Match); replacing one needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChairmanshipView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChairmanshipView.class)))
    public Response put(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year, @HeaderParam("If-Match") String ifMatch,
                        ChairmanshipInput input, @Context UriInfo uri) {
        Upserted<Chairmanship> written = service.put(year(year), ifMatch, input);
        Chairmanship term = written.value();
        return Responses.upserted(written.created(), uri, term.version, ChairmanshipView.of(term));
    }

    @PATCH
    @Path("/{year}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "patchChairmanship", summary = "Change some fields of a year's chairmanship",
            description = MergePatch.DESCRIPTION + " The year must have a chairmanship (else 404).")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, example = "{\"to\": \"2024-12-31\"}"))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChairmanshipView.class)))
    public Response patch(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        Chairmanship term = service.patch(year(year), ifMatch, patch);
        return Responses.ok(term.version, ChairmanshipView.of(term));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteChairmanship", summary = "Delete the chairmanship of a year", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year, @HeaderParam("If-Match") String ifMatch) {
        service.delete(year(year), ifMatch);
        return Response.noContent().build();
    }

    private static Response conditionalGet(Request request, Chairmanship term) {
        return Etags.conditionalGet(request, term.version, ChairmanshipView.of(term));
    }

    private static int year(String year) {
        return RequestParameters.year("year", year);
    }
}
