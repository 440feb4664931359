package org.csto.dectrack.implementation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csto.dectrack.implementation.MeasureService.MeasureQuery;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A responsible party's view: the open measures a state or body leads. */
@Path("/api/v1/parties/{code}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation")
public class PartyResource {
    private final MeasureResource measures;

    public PartyResource(MeasureResource measures) {
        this.measures = measures;
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Open measures a state or body leads", description = "PLANNED, IN_PROGRESS and SUSPENDED measures "
            + "led by the party, soonest due first.")
    @APIResponse(responseCode = "200", description = "A page of measures")
    public Response openMeasures(@Parameter(example = "TJ") @PathParam("code") String code,
                                 @Parameter(description = "Page number from 0") @QueryParam("page") String page,
                                 @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") String size,
                                 @Context UriInfo uri, @Context HttpHeaders headers) {
        MeasureQuery query = new MeasureQuery(null, null, RequestParameters.code("code", code), null, MeasureStatus.OPEN, null, null,
                null, null, null);
        return measures.page(query, PageRequest.of(page, size, null, MeasureService.SORT_KEYS, "dueDate,reference", "m.id"),
                uri, headers);
    }
}
