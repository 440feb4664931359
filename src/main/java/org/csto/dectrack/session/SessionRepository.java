package org.csto.dectrack.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.persistence.WhereClause;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {
    public static final Map<String, String> SORT_KEYS = Map.of("date", "s.startDate", "body", "s.body");

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
        return filter.page(getEntityManager(), Session.class, "Session s", "s", page);
    }
}
