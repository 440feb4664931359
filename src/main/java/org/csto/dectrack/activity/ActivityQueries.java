package org.csto.dectrack.activity;

import static org.csto.dectrack.shared.paging.Sorting.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.persistence.WhereClause;

/** The activity list: filters and sort keys. */
@ApplicationScoped
public class ActivityQueries {
    public static final Sorting SORTING = Sorting.of("a.id", "-date",
            key("date", "a.startDate", LocalDate.class), key("endDate", "a.endDate", LocalDate.class));

    @Inject EntityManager em;

    /**
     * The filters of the activity list, each optional. An activity falls in a year, or in [from, to], when it starts
     * in it; a state takes part in it when it hosts it or is among its participants.
     */
    public record ActivityQuery(Integer year, LocalDate from, LocalDate to, ActivityKind kind, String state,
                                String organization, UUID measure) {
    }

    public PageView<Activity> list(ActivityQuery query, PageRequest page) {
        WhereClause filter = new WhereClause()
                .and("a.startDate >= :yearStart", "yearStart", query.year() == null ? null : LocalDate.of(query.year(), 1, 1))
                .and("a.startDate <= :yearEnd", "yearEnd", query.year() == null ? null : LocalDate.of(query.year(), 12, 31))
                .and("a.startDate >= :from", "from", query.from())
                .and("a.startDate <= :to", "to", query.to())
                .and("a.kind = :kind", "kind", query.kind())
                .and("(a.state = :state or :state member of a.participants)", "state", query.state())
                .and(":organization member of a.partners", "organization", query.organization())
                .and(":measure member of a.measureIds", "measure", query.measure());
        return filter.page(em, Activity.class, "Activity a", "a", page);
    }
}
