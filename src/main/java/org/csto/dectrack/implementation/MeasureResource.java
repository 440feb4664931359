package org.csto.dectrack.implementation;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureInputs.MeasureInput;
import org.csto.dectrack.implementation.MeasureQueries.MeasureQuery;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.shared.csv.Csv;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.openapi.CsvContent;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.Problems;
import org.csto.dectrack.shared.security.Roles;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.AsOfParameters;
import org.csto.dectrack.shared.time.TimeSource;
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

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Measures", description = "What each decision requires, who leads it, by when, how far it has got and what is late")
public class MeasureResource {
    @Inject MeasureService service;
    @Inject MeasureQueries queries;
    @Inject TimeSource time;
    @Inject MeasureAsOf history;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Extension(name = CsvContent.COLUMNS, value = MeasureView.CSV_HEADER)
    @Operation(operationId = "listMeasures", summary = "List measures",
            description = "Filtered and paged; soonest due first unless `sort` says otherwise (keys: dueDate, progress, "
            + "reference). `overdue` and `atRisk` are computed for today; with `asOf`, for that day, with each measure's "
            + "status from its last report dated by then; with `recordedAsOf`, as the service held them then (slower).")
    @APIResponse(responseCode = "200", description = "A page of measures")
    public RestResponse<PageView<MeasureView>> list(
            @Parameter(description = "Document id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("document") String document,
            @Parameter(description = "Session id: measures of its documents",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("session") String session,
            @Parameter(description = "Lead (body or state code)", example = "TJ",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("lead") String lead,
            @Parameter(description = "Contributor (body or state code)", example = "JS",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("contributor") String contributor,
            @Parameter(description = "Status, e.g. IN_PROGRESS; repeat or separate with commas",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureStatus.class, maxItems = 5))
            @QueryParam("status") List<String> status,
            @Parameter(description = "true: only overdue; false: none overdue", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "true: only at risk; false: none at risk", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("atRisk") String atRisk,
            @Parameter(description = "Due on or before (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "Due on or after (YYYY-MM-DD)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dueAfter") String dueAfter,
            @Parameter(description = "Words in the reference or titles", example = "border",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("q") String q,
            @Parameter(description = "Last progress report dated on or after (YYYY-MM-DD); with status=COMPLETED, completed since",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("lastReportedFrom") String lastReportedFrom,
            @Parameter(description = "true: only measures without sub-measures (the ones that carry the figures); false: only parents",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("leaf") String leaf,
            @BeanParam PageParameters paging, @BeanParam AsOfParameters asOf,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        MeasureQuery query = new MeasureQuery(RequestParameters.uuid("document", document), RequestParameters.uuid("session", session),
                RequestParameters.code("lead", lead), RequestParameters.code("contributor", contributor), statuses(status),
                RequestParameters.bool("overdue", overdue), RequestParameters.bool("atRisk", atRisk), RequestParameters.date("dueBefore", dueBefore),
                RequestParameters.date("dueAfter", dueAfter), RequestParameters.text("q", q, 200),
                RequestParameters.date("lastReportedFrom", lastReportedFrom), RequestParameters.bool("leaf", leaf));
        PageRequest request = paging.request(MeasureQueries.SORTING);
        return Links.page(uri, queries.views(query, request, asOf.resolve(time.today()), Lang.from(headers)));
    }

    static List<MeasureStatus> statuses(List<String> values) {
        List<MeasureStatus> statuses = new ArrayList<>();
        if (values != null && values.size() > MeasureStatus.values().length) {
            throw ProblemException.badParameter("status", "param.atMostValues", MeasureStatus.values().length);
        }
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    MeasureStatus status = RequestParameters.enumValue("status", part, MeasureStatus.class);
                    if (status != null) {
                        statuses.add(status);
                    }
                }
            }
        }
        return statuses;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeasure", summary = "Get a measure",
            description = "With today's overdue, at-risk and days-late figures; ETag for If-Match. With `asOf` and "
                    + "`recordedAsOf`, as of that day (status from the last report dated by then) or as recorded then.")
    @APIResponse(responseCode = "200", description = "The measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @BeanParam AsOfParameters asOf, @Context HttpHeaders headers,
                        @Context Request request) {
        AsOf at = asOf.resolve(time.today());
        if (at.historical(time.today())) {
            return Response.ok(history.view(id, at, Lang.from(headers))).build();
        }
        Measure measure = service.get(id);
        MeasureView view = MeasureView.of(measure, Lang.from(headers), time.today());
        return Etags.conditionalGet(request, view.etag(measure.version), view);
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listSubMeasures", summary = "List a measure's sub-measures",
            description = "In their numbering order (a programme's stages, a stage's tasks).")
    @APIResponse(responseCode = "200", description = "The sub-measures")
    public List<MeasureView> children(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Lang lang = Lang.from(headers);
        LocalDate today = time.today();
        return service.children(id).stream().map(m -> MeasureView.of(m, lang, today)).toList();
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "createMeasure", summary = "Create a measure",
            description = "Under a document, or under a parent measure (at most 5 levels). "
            + "Numbered under its document: CSC-2024-02A/M1, then CSC-2024-02A/M1.1 and so on.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    public Response create(MeasureInput input, @Context UriInfo uri, @Context HttpHeaders headers) {
        Measure measure = service.get(service.create(input).id);
        MeasureView view = MeasureView.of(measure, Lang.from(headers), time.today());
        return Responses.created(uri, measure.id, view.etag(measure.version), view);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "replaceMeasure", summary = "Replace a measure",
            description = "Titles, lead, contributors, dates, weight and notes; needs If-Match. "
            + "Status and progress change only through progress reports.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, MeasureInput input,
                            @Context HttpHeaders headers) {
        service.replace(id, ifMatch, input);
        Measure measure = service.get(id);
        MeasureView view = MeasureView.of(measure, Lang.from(headers), time.today());
        return Responses.ok(view.etag(measure.version), view);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "patchMeasure", summary = "Change some fields of a measure", description = MergePatch.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            example = "{\"dueDate\": \"2025-12-31\", \"notes\": null}"))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureView.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch,
                          @Context HttpHeaders headers) {
        service.patch(id, ifMatch, patch);
        Measure measure = service.get(id);
        MeasureView view = MeasureView.of(measure, Lang.from(headers), time.today());
        return Responses.ok(view.etag(measure.version), view);
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "deleteMeasure", summary = "Delete a measure",
            description = "Only one without sub-measures or reports (else 409); needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
