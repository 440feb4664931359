package org.csto.dectrack.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.csto.dectrack.shared.persistence.Locks;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {
    /** The session with its row locked and its version bumped (see {@code DocumentRepository.lockedForChange}). */
    public Optional<Session> lockedForChange(UUID id) {
        return Optional.ofNullable(Locks.lockAndBump(getEntityManager(), Session.class, id));
    }

    /** Another session of the body starting on the date, if there is one. */
    public Optional<Session> sameDay(String body, LocalDate startDate, UUID exceptId) {
        return find("body = ?1 and startDate = ?2 and id <> ?3", body, startDate, exceptId).firstResultOptional();
    }
}
