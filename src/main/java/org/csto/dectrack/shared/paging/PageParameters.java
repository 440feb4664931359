package org.csto.dectrack.shared.paging;

import jakarta.ws.rs.QueryParam;
import org.csto.dectrack.shared.http.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list takes ({@code @BeanParam}): a page by number or after a cursor, with
 * {@code updatedSince} for incremental reads; read as text so that a bad value is a 400 naming it.
 */
public class PageParameters {
    @Parameter(description = "Page number from 0 (not with cursor)",
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

    @Parameter(description = "Where the page starts: the next of the page before it, instead of a page number. Stable "
            + "while items are added or removed, and as fast deep in the list as at its start. Opaque; send it with the "
            + "sort and filters of the page that gave it.",
            example = Cursor.EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH, pattern = Cursor.PATTERN))
    @QueryParam("cursor")
    String cursor;

    /** The validated page request, sorted as {@code sorting} allows. */
    public PageRequest request(Sorting sorting) {
        return PageRequest.of(page, size, sort, cursor, sorting)
                .updatedSince(RequestParameters.instant("updatedSince", updatedSince));
    }
}
