package org.csto.dectrack.shared.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.problem.ProblemException;

/**
 * A validated page request: page number, size (1..200) and an ORDER BY built only from an allow-list of
 * sort keys, with the entity id appended so pages are stable; optionally only what changed since an instant. The sort
 * keys as given ({@code -dueDate}) are kept for lists sorted in memory ({@link InMemoryPage}).
 */
public record PageRequest(int page, int size, String orderBy, Instant updatedSince, List<String> sortKeys) {
    public static final int MAX_SIZE = 200;

    /** A page of a list sorted as {@code sorting} allows. */
    public static PageRequest of(String page, String size, String sort, Sorting sorting) {
        return of(page, size, sort, sorting.keys(), sorting.defaultSort(), sorting.id());
    }

    /**
     * @param sortKeys API sort key to JPQL expression, in the order they are documented
     * @param defaultSort used when the caller gives no sort
     * @param idExpression JPQL expression of the id, the last sort key
     */
    public static PageRequest of(String page, String size, String sort, Map<String, String> sortKeys,
                                 String defaultSort, String idExpression) {
        int pageNumber = RequestParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = RequestParameters.integer("size", size, 20, 1, MAX_SIZE);
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        if (spec.length() > 200) {
            throw ProblemException.badParameter("sort", "is too long");
        }
        List<String> clauses = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String part : spec.split(",")) {
            String key = part.trim();
            boolean descending = key.startsWith("-");
            if (descending || key.startsWith("+")) {
                key = key.substring(1);
            }
            String expression = sortKeys.get(key);
            if (expression == null) {
                throw ProblemException.badParameter("sort",
                        "unknown sort key '" + abbreviate(key) + "'; use one of " + String.join(", ", sortKeys.keySet())
                                + ", with '-' for descending");
            }
            clauses.add(expression + (descending ? " desc" : " asc") + " nulls last");
            keys.add((descending ? "-" : "") + key);
        }
        clauses.add(idExpression + " asc");
        return new PageRequest(pageNumber, pageSize, String.join(", ", clauses), null, List.copyOf(keys));
    }

    /** The same page of only what was created or changed at or after {@code since} (all of it when null). */
    public PageRequest updatedSince(Instant since) {
        return new PageRequest(page, size, orderBy, since, sortKeys);
    }

    /**
     * The same page with {@code expression}, which the filter holds to one value, as the first sort key: it changes no
     * order, but lets the database see that an index beginning with that column delivers the rows in order.
     */
    public PageRequest leadingWith(String expression) {
        return new PageRequest(page, size, expression + " asc, " + orderBy, updatedSince, sortKeys);
    }

    public int offset() {
        return page * size;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
