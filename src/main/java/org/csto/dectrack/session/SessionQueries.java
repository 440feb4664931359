package org.csto.dectrack.session;

import static org.csto.dectrack.shared.paging.Sorting.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.persistence.WhereClause;

/** The session list: filters and sort keys. */
@ApplicationScoped
public class SessionQueries {
    public static final Sorting SORTING = Sorting.of("s.id", "-date",
            key("date", "s.startDate", LocalDate.class), key("body", "s.body", String.class));

    @Inject EntityManager em;

    /** The filters of the session list, each optional. */
    public record SessionQuery(String body, Integer year, LocalDate from, LocalDate to, SessionStatus status, String chair) {
    }

    public PageView<Session> list(SessionQuery query, PageRequest page) {
        WhereClause filter = new WhereClause()
                .and("s.body = :body", "body", query.body())
                .and("s.startDate >= :yearStart", "yearStart", query.year() == null ? null : LocalDate.of(query.year(), 1, 1))
                .and("s.startDate <= :yearEnd", "yearEnd", query.year() == null ? null : LocalDate.of(query.year(), 12, 31))
                .and("s.startDate >= :from", "from", query.from())
                .and("s.startDate <= :to", "to", query.to())
                .and("s.status = :status", "status", query.status())
                .and("s.chair = :chair", "chair", query.chair());
        return filter.page(em, Session.class, "Session s", "s", page);
    }
}
