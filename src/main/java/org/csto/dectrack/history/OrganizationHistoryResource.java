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

/** The change history of one partner organisation. */
@Path("/api/v1/organizations/{code}/history")
@Tag(name = "Organizations")
@RolesAllowed(Roles.READER)
public class OrganizationHistoryResource {
    @Inject HistoryService history;

    @GET
    @Operation(operationId = "getOrganizationHistory", summary = "The organisation's history",
            description = HistoryService.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of versions, oldest first")
    public RestResponse<PageView<HistoryEntry>> history(
            @Parameter(description = "The code, in any case", schema = @Schema(type = SchemaType.STRING,
                    pattern = RequestParameters.CODE_PATTERN, maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("code") String code,
            @BeanParam PageParameters paging, @Context UriInfo uri) {
        return Links.page(uri, history.of(ResourceType.ORGANIZATION, RequestParameters.code("code", code), paging));
    }
}
