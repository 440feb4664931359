package org.csto.dectrack.shared.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page of a list computed in memory (a list as of another moment, from the change record), ordered and cut as the
 * database orders and cuts the others: the same sort keys, nulls last either way, the id last, {@code updatedSince},
 * by page number or after a cursor. Its total is always exact: every item is in memory anyway.
 */
public final class InMemoryPage {
    private InMemoryPage() {
    }

    /**
     * @param keys the list's sort keys (as in its {@link Sorting}), each to the value it sorts by, of the type the
     *             Sorting declares (a cursor's values are compared with them)
     * @param id the id, the last sort key
     * @param updatedAt when an item last changed, for {@code updatedSince}
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> PageView<T> of(List<T> all, PageRequest page, Map<String, Function<T, Comparable>> keys,
                                     Function<T, Comparable> id, Function<T, Instant> updatedAt) {
        // an item's position: its sort-key values then its id, each compared in its direction
        List<Function<T, Comparable>> values = new ArrayList<>();
        List<Comparator<Comparable>> orders = new ArrayList<>();
        for (PageRequest.Order order : page.order()) {
            values.add(keys.get(order.key().name()));
            Comparator<Comparable> direction = order.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            orders.add(Comparator.nullsLast(direction));
        }
        values.add(id);
        orders.add(Comparator.naturalOrder());
        Function<T, List<Comparable>> position = item -> values.stream().map(value -> value.apply(item)).toList();
        Comparator<List<Comparable>> inOrder = (a, b) -> {
            for (int i = 0; i < orders.size(); i++) {
                int compared = orders.get(i).compare(a.get(i), b.get(i));
                if (compared != 0) {
                    return compared;
                }
            }
            return 0;
        };
        List<Comparable> cursor = page.seeking() ? position(page.after()) : null;
        List<T> matching = all.stream()
                .filter(item -> page.updatedSince() == null || !updatedAt.apply(item).isBefore(page.updatedSince()))
                .sorted(Comparator.comparing(position, inOrder)).toList();
        List<T> read = matching.stream()
                .filter(item -> cursor == null || inOrder.compare(position.apply(item), cursor) > 0)
                .skip(page.offset()).limit(page.size() + 1L).toList();
        return page.page(read, item -> item, position::apply, Total.exactly(matching.size()));
    }

    /** A cursor's sort-key values and id, as an item's position in the list. */
    @SuppressWarnings("rawtypes")
    private static List<Comparable> position(Cursor cursor) {
        List<Comparable> position = new ArrayList<>();
        cursor.values().forEach(value -> position.add((Comparable) value));
        position.add((Comparable) cursor.id());
        return position;
    }
}
