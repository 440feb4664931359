package org.csto.dectrack.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A list computed in memory is ordered and cut as the database does it: nulls last either way, the id last. */
class InMemoryPageTest {
    record Row(String id, LocalDate due, Instant updatedAt) {
    }

    @SuppressWarnings("rawtypes")
    private static final Map<String, Function<Row, Comparable>> KEYS = Map.of("dueDate", Row::due, "updatedAt", Row::updatedAt);
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<Row> ROWS = List.of(new Row("c", null, T), new Row("b", LocalDate.of(2025, 1, 2), T.plusSeconds(2)),
            new Row("a", LocalDate.of(2025, 1, 2), T.plusSeconds(1)), new Row("d", LocalDate.of(2024, 5, 5), T));

    private static List<String> ids(String sort, int page, int size, Instant since) {
        PageRequest request = PageRequest.of(String.valueOf(page), String.valueOf(size), sort,
                Map.of("dueDate", "x.due", "updatedAt", "x.updatedAt"), "dueDate", "x.id").updatedSince(since);
        PageView<Row> result = InMemoryPage.of(ROWS, request, KEYS, Row::id, Row::updatedAt);
        return result.items().stream().map(Row::id).toList();
    }

    @Test
    void sortsNullsLastBothWaysThenById() {
        assertEquals(List.of("d", "a", "b", "c"), ids("dueDate", 0, 10, null));
        assertEquals(List.of("a", "b", "d", "c"), ids("-dueDate", 0, 10, null));
    }

    @Test
    void cutsPagesAndKeepsWhatChangedSinceAnInstant() {
        assertEquals(List.of("b", "c"), ids("dueDate", 1, 2, null));
        assertEquals(List.of("a", "b"), ids("updatedAt", 0, 10, T.plusSeconds(1)));
    }
}
