package org.csto.dectrack.shared.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.paging.Sorting.SortKey;
import org.csto.dectrack.shared.problem.ProblemException;

/**
 * A validated page request: a page number or a {@link Cursor}, a size (1..200) and an order built only from an
 * allow-list of sort keys, each ascending or descending with nulls last, the id appended ascending so that pages are
 * stable; optionally only what changed since an instant. A page is read by offset ({@code page}) or, after a cursor,
 * with the {@link #seek()} condition ("comes after the cursor's item in this order"), which does not read the rows it
 * skips. Totals are counted up to {@link #COUNT_CAP}.
 *
 * @param page the page number (0 when reading after a cursor)
 * @param order the sort keys, without the id
 * @param after the cursor the page starts after; null for a page by number
 * @param leading an expression the filter holds to one value, put first in the ORDER BY (see {@link #leadingWith}); null for none
 */
public record PageRequest(int page, int size, List<Order> order, SortKey id, SortKey updatedAt, Instant updatedSince,
                          Cursor after, String leading) {
    public static final int MAX_SIZE = 200;
    /**
     * Lists count their matches up to this many, then stop: a total above it is given as the cap, not exact
     * ({@link Total}). Counting every match of a broad filter over a large registry costs more than the page itself.
     */
    public static final int COUNT_CAP = 1_000;

    /** A sort key and its direction. */
    public record Order(SortKey key, boolean descending) {
        /** As the API writes it: {@code -dueDate}. */
        public String spec() {
            return (descending ? "-" : "") + key.name();
        }
    }

    /** The condition "comes after the cursor's item" in JPQL, with the parameters it names. */
    public record Seek(String condition, Map<String, Object> parameters) {
    }

    public PageRequest {
        order = List.copyOf(order);
    }

    /** A page by number of a list sorted as {@code sorting} allows. */
    public static PageRequest of(String page, String size, String sort, Sorting sorting) {
        return of(page, size, sort, null, sorting);
    }

    /** A page by number, or after {@code cursor} (not both), of a list sorted as {@code sorting} allows. */
    public static PageRequest of(String page, String size, String sort, String cursor, Sorting sorting) {
        boolean seeking = cursor != null && !cursor.isBlank();
        if (seeking && page != null && !page.isBlank()) {
            throw ProblemException.badParameter("cursor", "cursor.withPage");
        }
        int pageNumber = RequestParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = RequestParameters.integer("size", size, 20, 1, MAX_SIZE);
        List<Order> order = order(sort == null || sort.isBlank() ? sorting.defaultSort() : sort, sorting);
        String spec = spec(order);
        Cursor after = seeking ? Cursor.decode(cursor, spec, order.stream().map(Order::key).toList(), sorting.id()) : null;
        return new PageRequest(pageNumber, pageSize, order, sorting.id(), sorting.updatedAt(), null, after, null);
    }

    /** The keys of a sort spec, each once (a repeated key cannot change the order), from the allow-list. */
    private static List<Order> order(String spec, Sorting sorting) {
        if (spec.length() > 200) {
            throw ProblemException.badParameter("sort", "tooLong");
        }
        Map<String, Order> keys = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String name = part.trim();
            boolean descending = name.startsWith("-");
            if (descending || name.startsWith("+")) {
                name = name.substring(1);
            }
            SortKey key = sorting.keys().get(name);
            if (key == null) {
                throw ProblemException.badParameter("sort", "sort.unknown", abbreviate(name),
                        String.join(", ", sorting.keys().keySet()));
            }
            keys.putIfAbsent(name, new Order(key, descending));
        }
        return List.copyOf(keys.values());
    }

    /** The same page of only what was created or changed at or after {@code since} (all of it when null). */
    public PageRequest updatedSince(Instant since) {
        return new PageRequest(page, size, order, id, updatedAt, since, after, leading);
    }

    /**
     * The same page with {@code expression}, which the filter holds to one value, as the first sort key: it changes no
     * order, but lets the database see that an index beginning with that column delivers the rows in order.
     */
    public PageRequest leadingWith(String expression) {
        return new PageRequest(page, size, order, id, updatedAt, updatedSince, after, expression);
    }

    /** Whether the page starts after a cursor rather than at an offset. */
    public boolean seeking() {
        return after != null;
    }

    /** The rows before the page: none after a cursor, which the {@link #seek()} condition skips instead. */
    public int offset() {
        return seeking() ? 0 : page * size;
    }

    /** The sort as given, normalised ({@code -adoptedOn,reference}): what a cursor is bound to. */
    public String sort() {
        return spec(order);
    }

    /** The sort keys as given ({@code -dueDate}), for lists sorted in memory ({@link InMemoryPage}). */
    public List<String> sortKeys() {
        return order.stream().map(Order::spec).toList();
    }

    /** The JPQL ORDER BY: each key with its direction and nulls last, then the id ascending. */
    public String orderBy() {
        List<String> clauses = new ArrayList<>();
        if (leading != null) {
            clauses.add(leading + " asc");
        }
        for (Order o : order) {
            clauses.add(o.key().expression() + (o.descending() ? " desc" : " asc") + " nulls last");
        }
        clauses.add(id.expression() + " asc");
        return String.join(", ", clauses);
    }

    /** The JPQL expressions of the sort keys then the id: selected beside each item to make the next cursor. */
    public List<String> cursorExpressions() {
        List<String> expressions = new ArrayList<>(order.stream().map(o -> o.key().expression()).toList());
        expressions.add(id.expression());
        return expressions;
    }

    /**
     * "Comes after the cursor's item" for the order k1..kn, id: (k1 after v1) or (k1 = v1 and ((k2 after v2) or …
     * (kn = vn and id > lastId))), the expansion (k1 > v1) or (k1 = v1 and k2 > v2) or … factored. With nulls last, a
     * null sorts after every value either way: after a non-null v, "k after v" is {@code k > v} (or {@code <}
     * descending) or {@code k is null}, and "k = v" is {@code k = v}; after a null, no row can follow on that key (only
     * rows with k null tie), so "k = v" is {@code k is null} and "k after v" is false. Null for a page by number.
     */
    public Seek seek() {
        if (after == null) {
            return null;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cursorId", after.id());
        String rest = id.expression() + " > :cursorId";
        for (int i = order.size() - 1; i >= 0; i--) {
            String key = order.get(i).key().expression();
            Object value = after.values().get(i);
            if (value == null) {
                rest = "(" + key + " is null and " + rest + ")";
            } else {
                String parameter = ":cursorKey" + i;
                parameters.put("cursorKey" + i, value);
                rest = "(" + key + (order.get(i).descending() ? " < " : " > ") + parameter + " or " + key + " is null or ("
                        + key + " = " + parameter + " and " + rest + "))";
            }
        }
        return new Seek(rest, parameters);
    }

    /**
     * The page made of what was read for it (up to {@code size + 1} rows, from its offset or after its cursor): the
     * first {@code size} items and, when one more row was read, the cursor after the last item shown.
     *
     * @param item the item of a row
     * @param cursorValues the values of a row's {@link #cursorExpressions()}: its sort keys, then its id
     */
    public <R, T> PageView<T> page(List<R> read, Function<R, T> item, Function<R, List<?>> cursorValues, Total total) {
        boolean more = read.size() > size;
        List<R> shown = more ? read.subList(0, size) : read;
        String next = null;
        if (more) {
            List<?> values = cursorValues.apply(shown.get(shown.size() - 1));
            next = Cursor.encode(sort(), values.subList(0, order.size()), values.get(order.size()));
        }
        return PageView.of(shown.stream().map(item).toList(), this, total, next);
    }

    private static String spec(List<Order> order) {
        return String.join(",", order.stream().map(Order::spec).toList());
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
