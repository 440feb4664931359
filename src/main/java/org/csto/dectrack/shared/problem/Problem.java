package org.csto.dectrack.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every response with status 400 or above. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "/problems/validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "1 field is not valid") String detail,
        @Schema(example = "/api/v1/sessions") String instance,
        @Schema(description = "Fields that are not valid") List<Violation> violations,
        @Schema(description = "Allowed target states, for an invalid transition") List<String> allowed,
        @Schema(description = "Further facts about the problem") Map<String, Object> details) {

    @Schema(name = "Violation")
    public record Violation(@Schema(example = "endDate") String field,
                            @Schema(example = "must not be before startDate") String message) {
    }
}
