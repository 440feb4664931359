package org.csto.dectrack.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.csto.dectrack.history.HistoryViews.Change;
import org.csto.dectrack.history.HistoryViews.ChangePage;
import org.csto.dectrack.shared.history.ChangeRecordRepository;
import org.csto.dectrack.shared.history.ChangeRecordRepository.FeedEntry;
import org.csto.dectrack.shared.history.ChangeSignal;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.problem.ProblemException;

/**
 * The change feed: entries after a cursor, in commit order. With {@code wait}, an empty read waits for a commit (this
 * instance's wake the wait at once; another instance's are seen within {@value #POLL_MILLIS} ms).
 */
@ApplicationScoped
public class ChangeFeedService {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_WAIT_SECONDS = 30;
    static final long POLL_MILLIS = 500;

    @Inject ChangeRecordRepository records;
    @Inject ChangeSignal signal;

    public ChangePage read(String afterParam, String limitParam, String typesParam, String waitParam) throws InterruptedException {
        long after = RequestParameters.longInteger("after", afterParam, 0, 0, Long.MAX_VALUE);
        int limit = RequestParameters.integer("limit", limitParam, 100, 1, MAX_LIMIT);
        int wait = RequestParameters.integer("wait", waitParam, 0, 0, MAX_WAIT_SECONDS);
        Set<String> types = types(typesParam);
        long deadline = System.nanoTime() + wait * 1_000_000_000L;
        while (true) {
            long seen = signal.commits();
            List<FeedEntry> entries = records.after(after, types, limit);
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (!entries.isEmpty() || left <= 0) {
                List<Change> items = entries.stream().map(ChangeFeedService::change).toList();
                return new ChangePage(items, items.isEmpty() ? after : items.get(items.size() - 1).cursor());
            }
            signal.await(seen, Math.min(left, POLL_MILLIS));
        }
    }

    private static Change change(FeedEntry entry) {
        ResourceType type = ResourceType.ofCode(entry.resourceType()).orElseThrow();
        return new Change(entry.cursor(), type, entry.resourceId(), entry.version(), entry.operation(), entry.changedAt(),
                entry.changedBy(), type.url(entry.resourceId()));
    }

    private static Set<String> types(String value) {
        Set<String> types = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return types;
        }
        for (String part : value.split(",")) {
            String code = part.trim();
            if (ResourceType.ofCode(code).isEmpty()) {
                throw ProblemException.badParameter("types", "feed.type",
                        code.length() > 20 ? code.substring(0, 20) : code, ResourceType.CODES);
            }
            types.add(code);
        }
        return types;
    }
}
