package org.csto.dectrack.implementation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {
    public Optional<Measure> locked(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Measure.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Measure> children(UUID parentId) {
        return list("parentId = ?1 order by seq", parentId);
    }

    /** The measures of some documents, with their documents (a roll-up names and orders them by reference). */
    public List<Measure> ofDocuments(Collection<UUID> documentIds) {
        return list("from Measure m join fetch m.document where m.document.id in ?1 order by m.depth, m.seq", documentIds);
    }

    public int nextSeq(UUID documentId, UUID parentId) {
        Integer max = parentId == null
                ? getEntityManager().createQuery("select max(m.seq) from Measure m where m.document.id = :d and m.parentId is null",
                Integer.class).setParameter("d", documentId).getSingleResult()
                : getEntityManager().createQuery("select max(m.seq) from Measure m where m.parentId = :p", Integer.class)
                .setParameter("p", parentId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public long countOfDocument(UUID documentId) {
        return count("document.id", documentId);
    }
}
