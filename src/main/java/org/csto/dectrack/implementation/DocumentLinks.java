package org.csto.dectrack.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.document.RelationRepository;
import org.csto.dectrack.document.RelationType;
import org.csto.dectrack.implementation.DocumentReach.Link;
import org.csto.dectrack.shared.history.ChangeRecord;
import org.csto.dectrack.shared.history.ChangeRecord.Operation;
import org.csto.dectrack.shared.history.RecordedStates;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.time.AsOf;

/**
 * Loads the links a roll-up follows ({@link DocumentReach}), one statement per level: the current relations, or, as
 * recorded at an instant, those in the documents' recorded states then. The caller's visibility leaves out what it may
 * not see either way: relations with a hidden end are filtered out of the query, and out of recorded states.
 */
@ApplicationScoped
class DocumentLinks {
    @Inject RelationRepository relations;
    @Inject RecordedStates recorded;
    @Inject EntityManager em;

    /** Ids per statement: well within every database's limit of bound parameters. */
    private static final int CHUNK = 1000;

    DocumentReach reach(Map<UUID, String> starts, AsOf at) {
        return DocumentReach.walk(starts, at.recorded() == null ? this::current : frontier -> recorded(frontier, at.recorded()));
    }

    private List<Link> current(Set<UUID> frontier) {
        Set<Link> links = new LinkedHashSet<>();
        List<UUID> ids = List.copyOf(frontier);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (RelationRepository.Ends r : relations.touching(ids.subList(from, Math.min(ids.size(), from + CHUNK)),
                    List.of(RelationType.APPROVES), List.of(RelationType.IMPLEMENTS))) {
                // one relation may touch two documents of the frontier: each follows only its own direction
                if (r.type() == RelationType.APPROVES && frontier.contains(r.source())) {
                    links.add(new Link(r.source(), r.target(), r.targetReference(), r.type().name()));
                }
                if (r.type() == RelationType.IMPLEMENTS && frontier.contains(r.target())) {
                    links.add(new Link(r.target(), r.source(), r.sourceReference(), r.type().inverse()));
                }
            }
        }
        return List.copyOf(links);
    }

    /** From each document's state as recorded at the instant: its outgoing APPROVES and incoming IMPLEMENTS. */
    private List<Link> recorded(Set<UUID> frontier, Instant instant) {
        List<Link> links = new ArrayList<>();
        List<String> ids = frontier.stream().map(UUID::toString).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (ChangeRecord entry : em.createQuery("""
                            select c from ChangeRecord c where c.resourceType = :type and c.resourceId in :ids and c.cursor = (
                                select max(l.cursor) from ChangeRecord l
                                where l.resourceType = c.resourceType and l.resourceId = c.resourceId and l.changedAt <= :at)
                            and c.operation <> :deleted""", ChangeRecord.class)
                    .setParameter("type", ResourceType.DOCUMENT.code()).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setParameter("at", instant).setParameter("deleted", Operation.DELETED).getResultList()) {
                UUID document = UUID.fromString(entry.resourceId);
                JsonNode state = recorded.neutral(entry);
                add(links, document, state.at("/relations/outgoing"), RelationType.APPROVES, RelationType.APPROVES.name());
                add(links, document, state.at("/relations/incoming"), RelationType.IMPLEMENTS, RelationType.IMPLEMENTS.inverse());
            }
        }
        return links;
    }

    private static void add(List<Link> links, UUID document, JsonNode relations, RelationType type, String seenFrom) {
        for (JsonNode relation : relations) {
            if (type.name().equals(relation.path("relation").asText())) {
                links.add(new Link(document, UUID.fromString(relation.at("/document/id").asText()),
                        relation.at("/document/reference").asText(), seenFrom));
            }
        }
    }
}
