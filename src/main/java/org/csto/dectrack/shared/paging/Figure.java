package org.csto.dectrack.shared.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A count with the list it counts: GET {@code list} answers a page whose totalItems is {@code count}. */
@Schema(name = "Figure", description = "A count, and the list (a relative URL) whose totalItems it is")
public record Figure(
        @Schema(example = "3") long count,
        @Schema(example = "/api/v1/measures?lead=TJ&overdue=true") String list) {
}
