package org.csto.dectrack.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.csto.dectrack.shared.csv.Csv;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/annual/{year}")
@RolesAllowed(Roles.READER)
@Tag(name = "Reports", description = "The Secretary General's annual report on the Organization's year")
public class AnnualReportResource {
    static final String DESCRIPTION = "The chairmanship and the next one, sessions held, documents adopted by type and body, "
            + "member states' signatures, ratification notifications and entries into force, implementation by status with the "
            + "completion rate, overdue measures by lead, activities by kind and partner organisation, and the key figures "
            + "against the previous year. Every count carries `list`, the list whose totalItems it is. Figures are taken on "
            + "`asOf`, a day of the year (default: its last day, or today while it runs); the previous year's on the same day "
            + "a year before. Labels follow Accept-Language (Russian by default).";

    static final String CSV = "The report as one CSV table (RFC 4180, UTF-8 with a byte order mark): a header row, then a row per "
            + "figure, its labels in the Accept-Language language. Columns: section, key, label, count, previous, change, list. "
            + "previous and change are filled in the comparison's rows only.";
    static final String XLSX = "The report as an Office Open XML workbook: a sheet per section (chairmanship, sessions, documents, "
            + "positions, ratifications, implementation, overdue by lead, activities, comparison), each table with a header row, "
            + "numbers as numbers.";
    static final String PDF = "The report for printing (A4 portrait): the title and day, each section as a heading with its "
            + "tables, and charts of implementation by status, overdue measures by lead and the year against the previous one.";
    static final String FILE = " An attachment named annual-report-<year>-<language>.<extension>.";

    @Inject AnnualReportService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, AnnualReportWriter.XLSX, AnnualReportWriter.PDF})
    @Operation(operationId = "getAnnualReport", summary = "Annual report of a year", description = DESCRIPTION
            + " Formats by Accept: JSON (the default), CSV, a workbook (XLSX) or PDF.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = CSV + FILE)),
            @Content(mediaType = AnnualReportWriter.XLSX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", description = XLSX + FILE)),
            @Content(mediaType = AnnualReportWriter.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", description = PDF + FILE))})
    public AnnualReport get(
            @Parameter(example = "2024", schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year,
            @Parameter(description = "A day of the year (YYYY-MM-DD) to take the figures on", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        return service.of(RequestParameters.year("year", year), RequestParameters.date("asOf", asOf), Lang.from(headers));
    }
}
