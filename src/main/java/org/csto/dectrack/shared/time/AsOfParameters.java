package org.csto.dectrack.shared.time;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneId;
import org.csto.dectrack.shared.http.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The two senses of "as of" a read takes ({@code @BeanParam}); read as text so that a bad value is a 400 naming it. */
public class AsOfParameters {
    @Parameter(description = "The state of affairs at the end of this day as now known: reports, positions and ratification "
            + "steps dated on or before it, lateness and legal force computed for it",
            example = "2025-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("asOf")
    String asOf;

    @Parameter(description = "What the service held at this instant, from the change record: reproduces an answer given "
            + "then, whatever was entered or corrected since (combine with asOf for a day as it was known then)",
            example = "2026-01-15T09:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("recordedAsOf")
    String recordedAsOf;

    public AsOf resolve(LocalDate today) {
        ZoneId zone = Arc.container().instance(TimeSource.class).get().zone();
        return AsOf.of(RequestParameters.date("asOf", asOf), RequestParameters.instant("recordedAsOf", recordedAsOf), today, zone);
    }
}
