package org.csto.dectrack.shared.paging;

import static org.csto.dectrack.shared.paging.Sorting.key;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A list computed in memory is ordered and cut as the database does it: nulls last either way, the id last; followed
 * with cursors, it gives the pages by number, item for item.
 */
class InMemoryPageTest {
    record Row(String id, LocalDate due, Instant updatedAt) {
    }

    private static final Sorting SORTING = Sorting.exactly(key("id", "x.id", String.class), "dueDate",
            key("dueDate", "x.due", LocalDate.class), key("updatedAt", "x.updatedAt", Instant.class));
    @SuppressWarnings("rawtypes")
    private static final Map<String, Function<Row, Comparable>> KEYS = Map.of("dueDate", Row::due, "updatedAt", Row::updatedAt);
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<Row> ROWS = List.of(new Row("c", null, T), new Row("b", LocalDate.of(2025, 1, 2), T.plusSeconds(2)),
            new Row("a", LocalDate.of(2025, 1, 2), T.plusSeconds(1)), new Row("d", LocalDate.of(2024, 5, 5), T),
            new Row("e", null, T.plusSeconds(1)));

    private static PageView<Row> page(String sort, String page, String cursor, int size, Instant since) {
        PageRequest request = PageRequest.of(page, String.valueOf(size), sort, cursor, SORTING).updatedSince(since);
        return InMemoryPage.of(ROWS, request, KEYS, Row::id, Row::updatedAt);
    }

    private static List<String> ids(String sort, int page, int size, Instant since) {
        return page(sort, String.valueOf(page), null, size, since).items().stream().map(Row::id).toList();
    }

    @Test
    void sortsNullsLastBothWaysThenById() {
        assertEquals(List.of("d", "a", "b", "c", "e"), ids("dueDate", 0, 10, null));
        assertEquals(List.of("a", "b", "d", "c", "e"), ids("-dueDate", 0, 10, null));
    }

    @Test
    void cutsPagesAndKeepsWhatChangedSinceAnInstant() {
        assertEquals(List.of("b", "c"), ids("dueDate", 1, 2, null));
        assertEquals(List.of("a", "e", "b"), ids("updatedAt", 0, 10, T.plusSeconds(1)));
    }

    @Test
    void cursorsFromNextGiveThePagesByNumberAcrossNullsAndTies() {
        for (String sort : List.of("dueDate", "-dueDate", "updatedAt,-dueDate", "-updatedAt,dueDate")) {
            for (int size = 1; size <= 3; size++) {
                List<String> byCursor = new ArrayList<>();
                PageView<Row> page = page(sort, null, null, size, null);
                byCursor.addAll(page.items().stream().map(Row::id).toList());
                while (page.next() != null) {
                    page = page(sort, null, page.next(), size, null);
                    assertEquals(null, page.page(), "a page read with a cursor has no number");
                    byCursor.addAll(page.items().stream().map(Row::id).toList());
                }
                assertEquals(ids(sort, 0, 10, null), byCursor, sort + ", size " + size);
                assertEquals(5, page.totalItems());
            }
        }
    }

    @Test
    void theLastPageHasNoNextAndTotalsAreExact() {
        PageView<Row> last = page("dueDate", "2", null, 2, null);
        assertEquals(List.of("e"), last.items().stream().map(Row::id).toList());
        assertEquals(null, last.next());
        assertEquals(true, last.totalExact());
        assertEquals(3, last.totalPages());
    }
}
