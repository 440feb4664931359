package org.csto.dectrack.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {
    public Optional<Document> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /**
     * Loads the document with its row locked, and bumps its version: the document's ETag covers its
     * positions, ratifications and relations, and writes to them are serialised per document.
     */
    public Optional<Document> lockedForChange(UUID id) {
        // One lock that also bumps the version now: asking for OPTIMISTIC_FORCE_INCREMENT after PESSIMISTIC_WRITE is a
        // no-op in Hibernate (a weaker mode than the one held), which left the ETag unchanged.
        return Optional.ofNullable(getEntityManager().find(Document.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT));
    }

    /** The documents of a session, by reference. */
    public List<Document> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by reference", sessionId);
    }

    public List<String> referencesStartingWith(String prefix) {
        return getEntityManager().createQuery("select d.reference from Document d where d.reference like :p", String.class)
                .setParameter("p", prefix + "%").getResultList();
    }
}
