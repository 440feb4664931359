package org.csto.dectrack.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.csto.dectrack.shared.history.ChangeRecord.Operation;
import org.csto.dectrack.shared.history.ResourceType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about the change record: a resource's history and the change feed. */
public final class HistoryViews {
    private HistoryViews() {
    }

    @Schema(name = "FieldChange", description = "One field of the resource's view that a change altered")
    public record FieldChange(
            @Schema(example = "dueDate", description = "The field's path in the resource's view; an element of a list by its "
                    + "key, e.g. positions[KZ], relations.outgoing[<id>]; a measure's lastReport is the report that changed it") String field,
            @Schema(description = "The value before (any JSON value; null when there was none)", example = "2025-06-30")
            JsonNode before,
            @Schema(description = "The value after (any JSON value; null when there is none)", example = "2025-09-30")
            JsonNode after) {
    }

    @Schema(name = "HistoryEntry", description = "One version of a resource: who made it, when, and what changed")
    public record HistoryEntry(
            @Schema(example = "3", description = "The resource's version after the change (its ETag's number)") long version,
            @Schema(example = "UPDATED") Operation operation,
            Instant changedAt,
            @Schema(example = "secretariat", maxLength = 100) String changedBy,
            @Schema(nullable = true, maxLength = 64, description = "The X-Request-Id of the request that made the change")
            String requestId,
            @Schema(description = "What changed; every field set for CREATED, none for DELETED") List<FieldChange> changes) {
    }

    @Schema(name = "Change", description = "One entry of the change feed")
    public record Change(
            @Schema(example = "1042", description = "The entry's place in commit order; pass the last one as `after`") long cursor,
            @Schema(example = "document", enumeration = {"document", "session", "measure", "member-state", "body",
                    "chairmanship", "organization", "activity"}) ResourceType type,
            @Schema(example = "0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01", maxLength = 64,
                    description = "The id as the resource's URL spells it") String id,
            @Schema(example = "4") long version,
            @Schema(example = "UPDATED") Operation operation,
            Instant changedAt,
            @Schema(example = "secretariat", maxLength = 100) String changedBy,
            @Schema(maxLength = 200, example = "/api/v1/documents/0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01",
                    description = "Where to read the resource (gone, 410, after DELETED)") String href) {
    }

    @Schema(name = "ChangePage", description = "Changes in commit order and the cursor to read on from")
    public record ChangePage(
            @Schema(maxItems = ChangeFeedService.MAX_LIMIT) List<Change> items,
            @Schema(example = "1042", description = "The cursor to pass as `after` next: the last item's, or `after` when "
                    + "there were none") long next) {
    }
}
