package org.csto.dectrack.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class ChairmanshipRepository implements PanacheRepositoryBase<Chairmanship, Integer> {
    public Optional<Chairmanship> on(LocalDate date) {
        return find("startDate <= ?1 and endDate >= ?1", date).firstResultOptional();
    }

    public boolean overlaps(LocalDate from, LocalDate to, Integer exceptYear) {
        return count("startDate <= ?1 and endDate >= ?2 and year <> ?3", to, from, exceptYear == null ? -1 : exceptYear) > 0;
    }
}
