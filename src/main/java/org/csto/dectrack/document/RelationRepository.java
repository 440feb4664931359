package org.csto.dectrack.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RelationRepository implements PanacheRepositoryBase<Relation, UUID> {
    /** Outgoing relations with their targets, in one statement. */
    public List<Relation> from(UUID documentId) {
        return list("from Relation r join fetch r.target where r.source.id = ?1 order by r.type, r.target.reference", documentId);
    }

    /** Incoming relations with their sources, in one statement. */
    public List<Relation> to(UUID documentId) {
        return list("from Relation r join fetch r.source where r.target.id = ?1 order by r.type, r.source.reference", documentId);
    }

    public boolean exists(UUID source, UUID target, RelationType type) {
        return count("source.id = ?1 and target.id = ?2 and type = ?3", source, target, type) > 0;
    }

    /** Targets that the given documents supersede or repeal: one step of the cycle search. */
    public List<UUID> terminatedBy(Collection<UUID> sources) {
        return getEntityManager().createQuery("select r.target.id from Relation r where r.source.id in :s and r.type in :t",
                        UUID.class)
                .setParameter("s", sources)
                .setParameter("t", List.of(RelationType.SUPERSEDES, RelationType.REPEALS))
                .getResultList();
    }

    public List<RelationType> terminatingTypesInto(UUID target) {
        return getEntityManager().createQuery("select r.type from Relation r where r.target.id = :t and r.type in :types",
                        RelationType.class)
                .setParameter("t", target)
                .setParameter("types", List.of(RelationType.SUPERSEDES, RelationType.REPEALS))
                .getResultList();
    }
}
