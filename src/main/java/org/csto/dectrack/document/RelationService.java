package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.RelationInput;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;

/** Typed links between documents: no self-links, no duplicates, no supersede/repeal cycles. */
@ApplicationScoped
public class RelationService {
    @Inject DocumentService documents;
    @Inject RelationRepository relations;
    @Inject LegalForceRefresh force;

    public Relation get(UUID documentId, UUID relationId) {
        Relation relation = relations.findById(relationId);
        boolean ofDocument = relation != null && (relation.source.id.equals(documentId) || relation.target.id.equals(documentId));
        return ProblemException.requireFound(ofDocument ? relation : null, "Relation", relationId);
    }

    @Transactional
    public Relation add(UUID sourceId, @NotNull @Valid RelationInput input) {
        if (sourceId.equals(input.target())) {
            throw ProblemException.invalidField("target", "relation.self");
        }
        // Lock both ends in id order so concurrent links between the same documents cannot deadlock.
        boolean sourceFirst = sourceId.compareTo(input.target()) < 0;
        Document first = lockEnd(sourceFirst ? sourceId : input.target(), sourceFirst ? null : "target");
        Document second = lockEnd(sourceFirst ? input.target() : sourceId, sourceFirst ? "target" : null);
        Document source = sourceFirst ? first : second;
        Document target = sourceFirst ? second : first;
        if (relations.exists(sourceId, target.id, input.type())) {
            throw ProblemException.conflict("relation.exists", source.reference, input.type(), target.reference);
        }
        if (input.type().terminates() && reaches(target.id, sourceId)) {
            throw ProblemException.conflict("relation.cycle", source.reference, input.type(), target.reference);
        }
        Relation relation = new Relation();
        relation.id = Ids.newId();
        relation.source = source;
        relation.target = target;
        relation.type = input.type();
        relations.persist(relation);
        relations.flush();
        if (input.type().terminates()) {
            force.refresh(target);
            relations.flush();
        }
        return relation;
    }

    @Transactional
    public void delete(UUID documentId, UUID relationId, String ifMatch) {
        Relation existing = get(documentId, relationId);
        Etags.require(ifMatch, existing.version);
        UUID sourceId = existing.source.id;
        UUID targetId = existing.target.id;
        boolean sourceFirst = sourceId.compareTo(targetId) < 0;
        documents.locked(sourceFirst ? sourceId : targetId);
        documents.locked(sourceFirst ? targetId : sourceId);
        relations.delete(existing);
        relations.flush();
        if (existing.type.terminates()) {
            force.refresh(documents.get(targetId));
            relations.flush();
        }
    }

    private Document lockEnd(UUID id, String field) {
        try {
            return documents.locked(id);
        } catch (ProblemException notFound) {
            if (field == null) {
                throw notFound;
            }
            throw ProblemException.invalidField(field, "document.unknown", id);
        }
    }

    /** Whether {@code to} can be reached from {@code from} along SUPERSEDES and REPEALS links (one query per level). */
    private boolean reaches(UUID from, UUID to) {
        Set<UUID> seen = new HashSet<>();
        List<UUID> frontier = List.of(from);
        while (!frontier.isEmpty()) {
            if (frontier.contains(to)) {
                return true;
            }
            seen.addAll(frontier);
            List<UUID> next = new ArrayList<>();
            for (UUID id : relations.terminatedBy(frontier)) {
                if (!seen.contains(id)) {
                    next.add(id);
                }
            }
            frontier = next;
        }
        return false;
    }
}
