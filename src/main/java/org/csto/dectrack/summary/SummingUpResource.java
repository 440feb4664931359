package org.csto.dectrack.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.security.Roles;
import org.csto.dectrack.shared.time.AsOfParameters;
import org.csto.dectrack.shared.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/summing-up/{year}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Summing-up", description = "The yearly summing-up of results that the Secretariat and Joint Staff hold each January")
public class SummingUpResource {
    @Inject SummingUpService service;
    @Inject TimeSource time;

    @GET
    @Operation(operationId = "getSummingUp", summary = "Summing-up of a year",
            description = "Sessions held, documents considered (by status and type), member-state positions, ratification "
                    + "notifications and entries into force, measures due, completed and overdue, progress reports filed. "
                    + "Measures count with their status as of `asOf` (today by default): from their last report dated on or "
                    + "before it. `asOf=<year>-12-31` gives the year as it ended, as now known (a report on December entered "
                    + "late counts, one dated the next year does not); with `recordedAsOf`, as the service knew it then.")
    @APIResponse(responseCode = "200", description = "The year's figures")
    public SummingUp get(
            @Parameter(example = "2025", schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year, @BeanParam AsOfParameters asOf) {
        return service.of(RequestParameters.year("year", year), asOf.resolve(time.today()));
    }
}
