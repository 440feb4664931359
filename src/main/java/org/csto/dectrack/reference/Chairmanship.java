package org.csto.dectrack.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.persistence.AuditedEntity;

/** One member state's term in the chair; {@code year} is the year of the CSC session it presides over. */
@Entity
@Table(name = "chairmanship")
public class Chairmanship extends AuditedEntity {
    @Id
    @Column(name = "chair_year")
    public Integer year;

    @Column(name = "state_code", nullable = false, length = 2)
    public String state;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.CHAIRMANSHIP, year));
    }
}
