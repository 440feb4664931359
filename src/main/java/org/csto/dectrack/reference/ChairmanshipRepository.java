package org.csto.dectrack.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class ChairmanshipRepository implements PanacheRepositoryBase<Chairmanship, Integer> {
    public Optional<Chairmanship> on(LocalDate date) {
        return find("?1 between from and to", date).firstResultOptional();
    }

    public boolean overlaps(LocalDate from, LocalDate to, Integer exceptYear) {
        return count("from <= ?1 and to >= ?2 and year <> ?3", to, from, exceptYear == null ? -1 : exceptYear) > 0;
    }
}
