package org.csto.dectrack.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.csto.dectrack.history.HistoryViews.HistoryEntry;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The change history of one chairmanship. */
@Path("/api/v1/chairmanships/{year}/history")
@Tag(name = "Chairmanships")
@RolesAllowed(Roles.READER)
public class ChairmanshipHistoryResource {
    @Inject HistoryService history;

    @GET
    @Operation(operationId = "getChairmanshipHistory", summary = "The chairmanship's history",
            description = HistoryService.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of versions, oldest first")
    public RestResponse<PageView<HistoryEntry>> history(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1992", maximum = "2200"))
            @PathParam("year") String year,
            @BeanParam PageParameters paging, @Context UriInfo uri) {
        return Links.page(uri, history.of(ResourceType.CHAIRMANSHIP, Integer.toString(RequestParameters.year("year", year)), paging));
    }
}
