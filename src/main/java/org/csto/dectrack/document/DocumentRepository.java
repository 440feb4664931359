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
     * Loads the document with its row locked, and bumps its version at commit: the document's ETag covers its
     * positions, ratifications and relations, and writes to them are serialised per document.
     */
    public Optional<Document> lockedForChange(UUID id) {
        Document document = getEntityManager().find(Document.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (document != null) {
            getEntityManager().lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        return Optional.ofNullable(document);
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
