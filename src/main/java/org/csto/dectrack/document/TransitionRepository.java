package org.csto.dectrack.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TransitionRepository implements PanacheRepositoryBase<Transition, UUID> {
    public List<Transition> ofDocument(UUID documentId) {
        return list("documentId = ?1 order by createdAt, id", documentId);
    }
}
