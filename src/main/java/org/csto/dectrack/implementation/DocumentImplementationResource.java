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

/** Roll-up of the measures that carry out one document, and the documents it approves or that implement it. */
@Path("/api/v1/documents/{id}/implementation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Implementation", description = "How far each decision, and each session's decisions, have been carried out")
public class DocumentImplementationResource {
    @Inject ImplementationService service;
    @Inject TimeSource time;

    @GET
    @Operation(operationId = "getDocumentImplementation", summary = "Implementation of a document",
            description = "Weighted overall progress, counts by status, overdue and at-risk counts, the next deadline and the "
                    + "late measures, over the document's measures and those of the documents it reaches: what it APPROVES and "
                    + "what IMPLEMENTS it, transitively, each document and each measure once; `parts` gives the same per "
                    + "top-level measure (a programme's stages), `documents` each covered document with how it was reached. "
                    + "With `asOf`, on that day (each measure's status from its last report dated by then); with "
                    + "`recordedAsOf`, as recorded then (relations too).")
    @APIResponse(responseCode = "200", description = "The roll-up")
    public ImplementationView ofDocument(@PathParam("id") UUID id, @BeanParam AsOfParameters asOf, @Context HttpHeaders headers) {
        return service.ofDocument(id, asOf.resolve(time.today()), Lang.from(headers));
    }
}
