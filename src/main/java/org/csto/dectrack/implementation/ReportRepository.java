package org.csto.dectrack.implementation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.persistence.WhereClause;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<ProgressReport, UUID> {
    /** A page of a measure's reports, in the order the page request says. */
    public PageView<ProgressReport> timeline(UUID measureId, PageRequest page) {
        return new WhereClause().and("r.measureId = :m", "m", measureId)
                .page(getEntityManager(), ProgressReport.class, "ProgressReport r", "r", page);
    }

    public long countOf(UUID measureId) {
        return count("measureId", measureId);
    }
}
