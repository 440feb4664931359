package org.csto.dectrack.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.csto.dectrack.history.HistoryViews.HistoryEntry;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The change history of one activity. */
@Path("/api/v1/activities/{id}/history")
@Tag(name = "Activities")
@RolesAllowed(Roles.READER)
public class ActivityHistoryResource {
    @Inject HistoryService history;

    @GET
    @Operation(operationId = "getActivityHistory", summary = "The activity's history",
            description = HistoryService.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of versions, oldest first")
    public RestResponse<PageView<HistoryEntry>> history(
            @PathParam("id") UUID id,
            @BeanParam PageParameters paging, @Context UriInfo uri) {
        return Links.page(uri, history.of(ResourceType.ACTIVITY, id.toString(), paging));
    }
}
