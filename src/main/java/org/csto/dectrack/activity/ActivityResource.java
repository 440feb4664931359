package org.csto.dectrack.activity;

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
import java.util.UUID;
import org.csto.dectrack.activity.ActivityInputs.ActivityInput;
import org.csto.dectrack.activity.ActivityQueries.ActivityQuery;
import org.csto.dectrack.activity.ActivityViews.ActivityView;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageView;
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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Activities", description = "Events that carry decisions out: joint training of the Collective Forces, special "
        + "operations, cooperation with partner organisations, conferences; progress reports cite them as evidence")
public class ActivityResource {
    private static final String CODE_SCHEMA_NOTE = "Code, in any case";

    @Inject ActivityService service;
    @Inject ActivityQueries queries;

    @GET
    @Operation(operationId = "listActivities", summary = "List activities",
            description = "Filtered and paged; latest start first unless `sort` says otherwise (keys: date, endDate). "
                    + "An activity counts in a year, or between from and to, by its start date.")
    @APIResponse(responseCode = "200", description = "A page of activities")
    public RestResponse<PageView<ActivityView>> list(
            @Parameter(description = "Year of the start date", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2200"))
            @QueryParam("year") String year,
            @Parameter(description = "Start date on or after (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Start date on or before (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Kind of activity", schema = @Schema(implementation = ActivityKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Member state hosting or taking part. " + CODE_SCHEMA_NOTE, example = "KZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("state") String state,
            @Parameter(description = "Partner organisation taking part. " + CODE_SCHEMA_NOTE, example = "UN",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("organization") String organization,
            @Parameter(description = "Id of a measure the activity carries out", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("measure") String measure,
            @BeanParam PageParameters paging,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        ActivityQuery query = new ActivityQuery(RequestParameters.optionalInteger("year", year, 1900, 2200),
                RequestParameters.date("from", from), RequestParameters.date("to", to),
                RequestParameters.enumValue("kind", kind, ActivityKind.class), RequestParameters.code("state", state),
                RequestParameters.code("organization", organization), RequestParameters.uuid("measure", measure));
        Lang lang = Lang.from(headers);
        return Links.page(uri, queries.list(query, paging.request(ActivityQueries.SORTING)).mapAll(rows -> service.views(rows, lang)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "Get an activity", description = "With its ETag for If-Match.")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers, @Context Request request) {
        Activity activity = service.get(id);
        return Etags.conditionalGet(request, activity.version, service.view(activity, Lang.from(headers)));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "createActivity", summary = "Record an activity",
            description = "States, partner organisations and measures must be recorded ones.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response create(ActivityInput input, @Context UriInfo uri, @Context HttpHeaders headers) {
        Activity activity = service.create(input);
        return Responses.created(uri, activity.id, activity.version, service.view(activity, Lang.from(headers)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "replaceActivity", summary = "Replace an activity",
            description = "Replaces every field; needs If-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ActivityInput input,
                            @Context HttpHeaders headers) {
        Activity activity = service.replace(id, ifMatch, input);
        return Responses.ok(activity.version, service.view(activity, Lang.from(headers)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "patchActivity", summary = "Change some fields of an activity", description = MergePatch.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            example = "{\"endDate\": \"2024-09-30\", \"notes\": null}"))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch,
                          @Context HttpHeaders headers) {
        Activity activity = service.patch(id, ifMatch, patch);
        return Responses.ok(activity.version, service.view(activity, Lang.from(headers)));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "deleteActivity", summary = "Delete an activity",
            description = "Only while no progress report cites it (else 409); needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
