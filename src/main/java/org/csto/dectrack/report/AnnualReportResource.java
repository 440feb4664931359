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
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    @Inject AnnualReportService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAnnualReport", summary = "Annual report of a year", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report")
    public AnnualReport json(
            @Parameter(example = "2024", schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year,
            @Parameter(description = "A day of the year (YYYY-MM-DD) to take the figures on", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        return service.of(RequestParameters.year("year", year), RequestParameters.date("asOf", asOf), Lang.from(headers));
    }
}
