package org.csto.dectrack.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;

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
     * Runs the count and the page query: two statements whatever the page size.
     *
     * @param from JPQL "from" part with the alias, e.g. {@code "Session s"}
     * @param alias the alias selected
     */
    public <T> PageView<T> page(EntityManager em, Class<T> type, String from, String alias, PageRequest page) {
        and(alias + ".updatedAt >= :updatedSince", "updatedSince", page.updatedSince());
        long total = apply(em.createQuery("select count(" + alias + ") from " + from + where(), Long.class))
                .getSingleResult();
        List<T> items = total == 0 || page.offset() >= total ? List.of()
                : apply(em.createQuery("select " + alias + " from " + from + where() + " order by " + page.orderBy(), type))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return PageView.of(items, page, total);
    }
}
