package org.csto.dectrack.implementation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<ProgressReport, UUID> {
    public long countOf(UUID measureId) {
        return count("measureId", measureId);
    }
}
