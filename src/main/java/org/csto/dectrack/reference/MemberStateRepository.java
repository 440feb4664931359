package org.csto.dectrack.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MemberStateRepository implements PanacheRepositoryBase<MemberState, String> {
    /** The distinct time zones of the member states' capitals. */
    public List<String> timeZones() {
        return getEntityManager().createQuery("select distinct s.timeZone from MemberState s where s.timeZone is not null",
                String.class).getResultList();
    }
}
