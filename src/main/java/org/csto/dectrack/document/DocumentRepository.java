package org.csto.dectrack.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.csto.dectrack.shared.persistence.Locks;

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
        return Optional.ofNullable(Locks.lockAndBump(getEntityManager(), Document.class, id));
    }

    /** The same, once {@code locked} has seen the document under its lock, at the version it had (an If-Match to check). */
    public Optional<Document> lockedForChange(UUID id, Consumer<Document> locked) {
        return Optional.ofNullable(Locks.lockAndBump(getEntityManager(), Document.class, id, locked));
    }

    /** The document with its tags and attachments, in one statement (for its full view). */
    public Optional<Document> withCollections(UUID id) {
        return getEntityManager().createQuery("select d from Document d left join fetch d.tags left join fetch d.attachments "
                        + "where d.id = :id", Document.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The id of the document's session, if it has one, read without loading the document. */
    public Optional<UUID> sessionIdOf(UUID documentId) {
        return getEntityManager().createQuery("select d.sessionId from Document d where d.id = :id", UUID.class)
                .setParameter("id", documentId).getResultStream().filter(Objects::nonNull).findFirst();
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
