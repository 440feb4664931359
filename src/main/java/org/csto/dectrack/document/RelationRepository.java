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

    /** A relation by its ends' ids and references, without loading either document. */
    public record Ends(UUID source, String sourceReference, UUID target, String targetReference, RelationType type) {
    }

    /**
     * The relations of the given types that leave or reach any of {@code documents}, with their ends' references, in
     * one statement (the caller's visibility filter leaves out those with an end it may not see).
     */
    public List<Ends> touching(Collection<UUID> documents, Collection<RelationType> leaving, Collection<RelationType> reaching) {
        // Two branches, each served by its own index (sources: the unique key, targets: document_relation_target_idx);
        // one "where … or …" across both ends made H2 read every relation. A relation has one type, so a relation
        // that leaves one of the documents and reaches another appears in both branches only if its type is in both.
        String select = "select s.id, s.reference, t.id, t.reference, r.type from Relation r join r.source s join r.target t ";
        return getEntityManager().createQuery(select + "where r.type in :leaving and s.id in :ids union all "
                        + select + "where r.type in :reaching and t.id in :ids", Object[].class)
                .setParameter("ids", documents).setParameter("leaving", leaving).setParameter("reaching", reaching)
                .getResultStream()
                .map(row -> new Ends((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3], (RelationType) row[4]))
                .distinct().toList();
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
