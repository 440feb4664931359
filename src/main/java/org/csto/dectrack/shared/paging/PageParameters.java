package org.csto.dectrack.shared.paging;

import jakarta.ws.rs.QueryParam;
import org.csto.dectrack.shared.http.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list takes ({@code @BeanParam}), with {@code updatedSince} for incremental reads; read as
 * text so that a bad value is a 400 naming it.
 */
public class PageParameters {
    @Parameter(description = "Page number from 0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10737418", defaultValue = "0"))
    @QueryParam("page")
    String page;

    @Parameter(description = "Page size, 1 to 200",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    @QueryParam("size")
    String size;

    @Parameter(description = "Only what was created or changed at or after this instant (for incremental reads; "
            + "sort by updatedAt and keep the last item's updatedAt for the next read)",
            example = "2026-11-29T10:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @QueryParam("updatedSince")
    String updatedSince;

    @Parameter(description = "Sort keys, comma-separated, '-' for descending; the operation's description names the keys, "
            + "and every list also sorts by updatedAt",
            example = "-reference", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @QueryParam("sort")
    String sort;

    /** The validated page request, sorted as {@code sorting} allows. */
    public PageRequest request(Sorting sorting) {
        return PageRequest.of(page, size, sort, sorting)
                .updatedSince(RequestParameters.instant("updatedSince", updatedSince));
    }
}
