package org.csto.dectrack.shared.paging;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A page of a list computed in memory (a list as of another moment, from the change record), ordered and cut as the
 * database orders and cuts the others: the same sort keys, nulls last either way, the id last, {@code updatedSince}.
 */
public final class InMemoryPage {
    private InMemoryPage() {
    }

    /**
     * @param keys the list's sort keys (as in its {@link Sorting}), each to the value it sorts by
     * @param id the id, the last sort key
     * @param updatedAt when an item last changed, for {@code updatedSince}
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> PageView<T> of(List<T> all, PageRequest page, Map<String, Function<T, Comparable>> keys,
                                     Function<T, Comparable> id, Function<T, Instant> updatedAt) {
        Comparator<T> order = null;
        for (String spec : page.sortKeys()) {
            boolean descending = spec.startsWith("-");
            Function<T, Comparable> key = keys.get(descending ? spec.substring(1) : spec);
            Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            Comparator<T> next = Comparator.comparing(key, Comparator.nullsLast(values));
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<T> byId = Comparator.comparing(id);
        List<T> matching = all.stream()
                .filter(item -> page.updatedSince() == null || !updatedAt.apply(item).isBefore(page.updatedSince()))
                .sorted(order == null ? byId : order.thenComparing(byId)).toList();
        List<T> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return PageView.of(items, page, matching.size());
    }
}
