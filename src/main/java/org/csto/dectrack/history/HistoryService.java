package org.csto.dectrack.history;

import static org.csto.dectrack.shared.paging.Sorting.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.history.HistoryViews.FieldChange;
import org.csto.dectrack.history.HistoryViews.HistoryEntry;
import org.csto.dectrack.shared.history.ChangeRecord;
import org.csto.dectrack.shared.history.ChangeRecord.Operation;
import org.csto.dectrack.shared.history.ChangeRecordRepository;
import org.csto.dectrack.shared.history.RecordedStates;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.history.StateJson;
import org.csto.dectrack.shared.history.StateSource;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.problem.ProblemException;

/** A resource's history from the change record: its versions with the fields each one changed. */
@ApplicationScoped
public class HistoryService {
    static final String DESCRIPTION = "Every version, oldest first (`sort=-version` for newest first), with who made it, "
            + "when, the request id and the fields it changed (before and after). A deleted resource keeps its history. "
            + "`updatedSince` keeps the versions made at or after an instant.";
    /** History entries sort by version (their order in the record); "updatedAt" is when the version was made. */
    private static final Sorting SORTING = Sorting.exactly(key("id", "c.cursor", Long.class), "version",
            key("version", "c.cursor", Long.class), key("updatedAt", "c.changedAt", Instant.class));

    @Inject ChangeRecordRepository records;
    @Inject Instance<StateSource> sources;
    @Inject RecordedStates recorded;

    public PageView<HistoryEntry> of(ResourceType type, String id, PageParameters paging) {
        ResourceKey key = new ResourceKey(type, id);
        PageView<ChangeRecord> page = records.history(key, paging.request(SORTING));
        if (page.totalItems() == 0 && sources.stream().filter(s -> s.type() == type).findFirst().orElseThrow()
                .current(id).isEmpty()) {
            throw ProblemException.notFound(type.code(), key);
        }
        if (page.items().isEmpty()) {
            return page.map(entry -> null);
        }
        // Each version is compared with the one before it, which may be on the previous page.
        List<ChangeRecord> inOrder = new ArrayList<>(page.items());
        inOrder.sort(Comparator.comparingLong(entry -> entry.cursor));
        ChangeRecord previous = records.before(key, inOrder.get(0).cursor).orElse(null);
        Map<Long, List<FieldChange>> changes = new HashMap<>();
        for (ChangeRecord entry : inOrder) {
            changes.put(entry.cursor, entry.operation == Operation.DELETED ? List.of()
                    : StateJson.diff(recorded.neutral(previous), recorded.neutral(entry)).stream()
                    .map(c -> new FieldChange(c.field(), c.before(), c.after())).toList());
            previous = entry;
        }
        return page.map(entry -> new HistoryEntry(entry.version, entry.operation, entry.changedAt, entry.changedBy,
                entry.requestId, changes.get(entry.cursor)));
    }
}
