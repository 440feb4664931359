package org.csto.dectrack.implementation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureViews.ImplementationView;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.csto.dectrack.shared.time.AsOfParameters;
import org.csto.dectrack.shared.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roll-up of the measures that carry out a session's documents. */
@Path("/api/v1/sessions/{id}/implementation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Implementation")
public class SessionImplementationResource {
    @Inject ImplementationService service;
    @Inject TimeSource time;

    @GET
    @Operation(operationId = "getSessionImplementation", summary = "Implementation of a session's documents",
            description = "The roll-up over every document the session adopted, each with the documents it reaches (as for a "
                    + "document's roll-up); `parts` gives it per document that no other of the session's documents reaches, and "
                    + "overall progress weighs those parts the same; each measure is counted once. `asOf` and `recordedAsOf` as "
                    + "for a document's roll-up (with `recordedAsOf`, the session's documents then).")
    @APIResponse(responseCode = "200", description = "The roll-up")
    public ImplementationView ofSession(@PathParam("id") UUID id, @BeanParam AsOfParameters asOf, @Context HttpHeaders headers) {
        return service.ofSession(id, asOf.resolve(time.today()), Lang.from(headers));
    }
}
