package org.csto.dectrack.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Total;

/** JPQL conditions joined with "and", each added only when its value is given; binds named parameters. */
public final class WhereClause {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is not null. */
    public WhereClause and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause with no parameter, or several parameters bound through {@link #bind}. */
    public WhereClause and(String clause) {
        clauses.add(clause);
        return this;
    }

    public WhereClause bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public <T> TypedQuery<T> apply(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Runs the count and the page query: two statements whatever the page size. The count stops at
     * {@link PageRequest#COUNT_CAP} ({@link #count}); the page is read from its offset, or after its cursor with the
     * page's seek condition, one row more than the page to tell whether a page follows, with the sort-key values of
     * each row selected beside it to make the next cursor.
     *
     * @param from JPQL "from" part with the alias, e.g. {@code "Session s"}
     * @param alias the alias selected
     */
    public <T> PageView<T> page(EntityManager em, Class<T> type, String from, String alias, PageRequest page) {
        and(page.updatedAt().expression() + " >= :updatedSince", "updatedSince", page.updatedSince());
        Total total = count(em, from, page.id().expression(), page.orderBy(), PageRequest.COUNT_CAP);
        if (total.items() == 0 || total.exact() && page.offset() >= total.items()) {
            return PageView.of(List.of(), page, total, null);
        }
        return read(em, type, from, alias, page, total);
    }

    /**
     * The page alone, for a list whose count would cost more than its page: the total is what the page shows of it
     * ({@link Total#seen}); only a page past the end, which shows nothing, is counted, to say where the end is.
     */
    public <T> PageView<T> pageUncounted(EntityManager em, Class<T> type, String from, String alias, PageRequest page) {
        and(page.updatedAt().expression() + " >= :updatedSince", "updatedSince", page.updatedSince());
        PageView<T> read = read(em, type, from, alias, page, null);
        if (read.items().isEmpty() && page.offset() > 0) {
            return PageView.of(List.of(), page, count(em, from, page.id().expression(), page.orderBy(), PageRequest.COUNT_CAP), null);
        }
        return read;
    }

    /** Reads the page; with no {@code total}, the total is what the page shows of the list. */
    private <T> PageView<T> read(EntityManager em, Class<T> type, String from, String alias, PageRequest page, Total total) {
        PageRequest.Seek seek = page.seek();
        if (seek != null) {
            and(seek.condition());
            seek.parameters().forEach(this::bind);
        }
        List<String> keys = page.cursorExpressions();
        List<Object[]> rows = apply(em.createQuery("select " + alias + ", " + String.join(", ", keys) + " from " + from
                + where() + " order by " + page.orderBy(), Object[].class))
                .setFirstResult(page.offset())
                .setMaxResults(page.size() + 1)
                .getResultList();
        return page.page(rows, row -> type.cast(row[0]), row -> Arrays.asList(row).subList(1, row.length),
                total != null ? total : Total.seen(page, rows.size()));
    }

    /**
     * How many rows match, counted up to {@code cap}: the count of at most {@code cap + 1} matching ids, so that a
     * broad filter costs no more than reading that many. HQL wants an order for a limit in a subquery: the page's own,
     * which the index that serves the page delivers, so the count reads that index in order and stops at the cap (in
     * the id's order, the database would first have to find and sort every match).
     *
     * @param id the JPQL expression of the id of the alias in {@code from}
     * @param orderBy the order of the rows counted (the page's)
     */
    public Total count(EntityManager em, String from, String id, String orderBy, int cap) {
        long counted = apply(em.createQuery("select count(*) from (select " + id + " as id from " + from + where()
                + " order by " + orderBy + " limit " + Total.countLimit(cap) + ") matching", Long.class)).getSingleResult();
        return Total.counted(counted, cap);
    }
}
