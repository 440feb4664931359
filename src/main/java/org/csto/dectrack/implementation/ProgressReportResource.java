package org.csto.dectrack.implementation;

import static org.csto.dectrack.shared.paging.Sorting.key;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureInputs.ReportInput;
import org.csto.dectrack.implementation.MeasureViews.ReportView;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A measure's progress reports: its dated, authored timeline, and the only way its progress and status change. */
@Path("/api/v1/measures/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Progress reports", description = "The dated, authored timeline of each measure")
public class ProgressReportResource {
    private static final Sorting REPORT_SORTING = Sorting.of("r.id", "reportedOn",
            key("reportedOn", "r.reportedOn", LocalDate.class));

    @Inject ReportService reports;

    @GET
    @Operation(operationId = "listProgressReports", summary = "List a measure's progress reports",
            description = "Oldest first (`sort=-reportedOn` for newest first; the only key).")
    @APIResponse(responseCode = "200", description = "A page of reports")
    public RestResponse<PageView<ReportView>> timeline(@PathParam("id") UUID id,
                             @BeanParam PageParameters paging,
                             @Context UriInfo uri, @Context HttpHeaders headers) {
        PageRequest request = paging.request(REPORT_SORTING);
        Lang lang = Lang.from(headers);
        return Links.page(uri, reports.timeline(id, request).map(r -> ReportView.of(r, lang)));
    }

    @GET
    @Path("/{reportId}")
    @Operation(operationId = "getProgressReport", summary = "Get one progress report of a measure",
            description = "Reports never change; the ETag lets caches keep them.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response report(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId, @Context HttpHeaders headers,
                           @Context Request request) {
        ProgressReport report = reports.get(id, reportId);
        return Etags.conditionalGet(request, report.version, ReportView.of(report, Lang.from(headers)));
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.LIAISON})
    @Operation(operationId = "fileProgressReport", summary = "Report progress on a measure",
            description = "Append-only; the only way progress and status change. Dated no later than today and no earlier than "
                    + "the previous report (else 400). With If-Match (the measure's ETag), of several reports sent against the "
                    + "same version exactly one succeeds and the others get 412. The measure's new ETag is returned.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response addReport(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ReportInput input,
                        @Context UriInfo uri, @Context HttpHeaders headers) {
        ReportService.Filed filed = reports.add(id, ifMatch, input);
        return Responses.created(uri, filed.report().id, filed.measureVersion(), ReportView.of(filed.report(), Lang.from(headers)));
    }
}
