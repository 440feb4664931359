package org.csto.dectrack.implementation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureInputs.ReportInput;
import org.csto.dectrack.implementation.MeasureViews.ReportView;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
@Tag(name = "Progress reports", description = "The dated, authored timeline of each measure")
public class ReportResource {
    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List a measure's progress reports", description = "Oldest first (sort -reportedOn for newest first).")
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Response timeline(@PathParam("id") UUID id,
                             @Parameter(description = "Page number from 0") @QueryParam("page") String page,
                             @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") String size,
                             @Parameter(description = "reportedOn; '-' for descending") @QueryParam("sort") String sort,
                             @Context UriInfo uri, @Context HttpHeaders headers) {
        PageRequest request = PageRequest.of(page, size, sort, Map.of("reportedOn", "r.reportedOn"), "reportedOn", "r.id");
        Lang lang = Lang.from(headers);
        return Links.page(uri, service.timeline(id, request).map(r -> ReportView.of(r, lang)));
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "Get one progress report of a measure")
    @APIResponse(responseCode = "200", description = "The report")
    public ReportView get(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId, @Context HttpHeaders headers) {
        return ReportView.of(service.get(id, reportId), Lang.from(headers));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Report progress on a measure",
            description = "Append-only; the only way progress and status change. Dated no later than today and no earlier than "
                    + "the previous report (else 400). With If-Match (the measure's ETag), of several reports sent against the "
                    + "same version exactly one succeeds and the others get 412. The measure's new ETag is returned.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Response add(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ReportInput input,
                        @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportService.Filed filed = service.add(id, ifMatch, input);
        return Responses.created(uri, filed.report().id, filed.measureVersion(), ReportView.of(filed.report(), Lang.from(headers)));
    }
}
