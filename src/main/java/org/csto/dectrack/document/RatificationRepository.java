package org.csto.dectrack.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RatificationRepository implements PanacheRepositoryBase<Ratification, UUID> {
    public List<Ratification> ofDocument(UUID documentId) {
        return list("documentId", documentId);
    }

    public Optional<Ratification> of(UUID documentId, String state) {
        return find("documentId = ?1 and state = ?2", documentId, state).firstResultOptional();
    }
}
