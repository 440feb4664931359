package org.csto.dectrack.session;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.session.SessionInputs.SessionInput;
import org.csto.dectrack.session.SessionQueries.SessionQuery;
import org.csto.dectrack.session.SessionViews.SessionView;
import org.csto.dectrack.shared.csv.Csv;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.openapi.CsvContent;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.problem.Problems;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Sessions", description = "Meetings of the councils: date, place, chair, attendance and agenda")
public class SessionResource {
    private static final String ALLOW_DUPLICATE = "true: record it even when the body already has a session that day (else 409)";

    @Inject SessionService service;
    @Inject SessionQueries queries;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Extension(name = CsvContent.COLUMNS, value = SessionView.CSV_HEADER)
    @Operation(operationId = "listSessions", summary = "List sessions",
            description = "Filtered and paged; newest first unless `sort` says otherwise (keys: date, body). "
            + "The Link header gives first, prev, next and last pages.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public RestResponse<PageView<SessionView>> list(
            @Parameter(description = "Body code", example = "CSC",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("body") String body,
            @Parameter(description = "Year of the start date", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2200"))
            @QueryParam("year") String year,
            @Parameter(description = "Start date on or after (YYYY-MM-DD)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Start date on or before (YYYY-MM-DD)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "PLANNED, HELD, POSTPONED or CANCELLED",
                    schema = @Schema(implementation = SessionStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Chairing state code", example = "KZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("chair") String chair,
            @BeanParam PageParameters paging,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        SessionQuery query = new SessionQuery(RequestParameters.code("body", body), RequestParameters.optionalInteger("year", year, 1900, 2200),
                RequestParameters.date("from", from), RequestParameters.date("to", to), RequestParameters.enumValue("status", status, SessionStatus.class),
                RequestParameters.code("chair", chair));
        PageRequest request = paging.request(SessionQueries.SORTING);
        Lang lang = Lang.from(headers);
        PageView<SessionView> result = queries.list(query, request).map(s -> SessionView.of(s, lang, null));
        return Links.page(uri, result);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSession", summary = "Get a session",
            description = "The session with its agenda and the documents it adopted; ETag for If-Match.")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers, @Context Request request) {
        Session session = service.get(id);
        Lang lang = Lang.from(headers);
        return Etags.conditionalGet(request, session.version, SessionView.of(session, lang, service.documentsOf(id, lang)));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "createSession", summary = "Record a session",
            description = "The chair defaults to the state chairing on the start date.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response create(SessionInput input,
            @Parameter(description = ALLOW_DUPLICATE, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("allowDuplicate") String allowDuplicate,
                           @Context UriInfo uri, @Context HttpHeaders headers) {
        Session session = service.create(input, allowed(allowDuplicate));
        Lang lang = Lang.from(headers);
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .tag(Etags.of(session.version)).entity(SessionView.of(session, lang, List.of())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "replaceSession", summary = "Replace a session",
            description = "Replaces every field; needs If-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, SessionInput input,
                            @Parameter(description = ALLOW_DUPLICATE,
                                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                            @QueryParam("allowDuplicate") String allowDuplicate,
                            @Context HttpHeaders headers) {
        Session session = service.replace(id, ifMatch, input, allowed(allowDuplicate));
        Lang lang = Lang.from(headers);
        return Response.ok(SessionView.of(session, lang, service.documentsOf(id, lang))).tag(Etags.of(session.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "patchSession", summary = "Change some fields of a session", description = MergePatch.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            example = "{\"city\": \"Astana\", \"notes\": null}"))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch,
                          @Parameter(description = ALLOW_DUPLICATE,
                                  schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                          @QueryParam("allowDuplicate") String allowDuplicate,
                          @Context HttpHeaders headers) {
        Session session = service.patch(id, ifMatch, patch, allowed(allowDuplicate));
        Lang lang = Lang.from(headers);
        return Response.ok(SessionView.of(session, lang, service.documentsOf(id, lang))).tag(Etags.of(session.version)).build();
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "deleteSession", summary = "Delete a session",
            description = "Only while no document refers to it (else 409); needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    private static boolean allowed(String allowDuplicate) {
        return Boolean.TRUE.equals(RequestParameters.bool("allowDuplicate", allowDuplicate));
    }
}
