package org.csto.dectrack.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.csto.dectrack.history.HistoryViews.ChangePage;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed that internal systems follow. */
@Path("/api/v1/changes")
@Tag(name = "Changes", description = "Every change, in commit order, for systems that keep in step with the registry")
@RolesAllowed(Roles.READER)
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {
    @Inject ChangeFeedService feed;

    @GET
    @Operation(operationId = "listChanges", summary = "Follow the changes",
            description = "Every committed change after `after`, in commit order: each write adds one entry per resource it "
                    + "changed (a position is a change of its document, a report of its measure). Following `next` from 0 "
                    + "yields every change exactly once, never one before an entry already returned. With `wait`, a read "
                    + "that finds nothing waits up to that many seconds for a change instead of returning at once.")
    @APIResponse(responseCode = "200", description = "Up to `limit` changes and the cursor to read on from")
    public ChangePage changes(
            @Parameter(description = "The cursor read last (`next` of the previous page); 0 from the start",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", defaultValue = "0"))
            @QueryParam("after") String after,
            @Parameter(description = "At most this many changes",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + ChangeFeedService.MAX_LIMIT,
                            defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Only these types, comma-separated: " + ResourceType.CODES, example = "document,measure",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @QueryParam("types") String types,
            @Parameter(description = "Seconds to wait for a change when there is none yet (long poll)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + ChangeFeedService.MAX_WAIT_SECONDS,
                            defaultValue = "0"))
            @QueryParam("wait") String wait) throws InterruptedException {
        return feed.read(after, limit, types, wait);
    }
}
