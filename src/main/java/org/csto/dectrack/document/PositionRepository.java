package org.csto.dectrack.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<Position, UUID> {
    public List<Position> ofDocument(UUID documentId) {
        return list("documentId", documentId);
    }

    /**
     * Every member state's code (sorted) with its position on the document, or null where none is recorded: one
     * statement for the positions table of a document's view.
     */
    public Map<String, Position> byEveryState(UUID documentId) {
        Map<String, Position> byState = new LinkedHashMap<>();
        getEntityManager().createQuery("select s.code, p from MemberState s left join Position p on p.state = s.code "
                        + "and p.documentId = :id order by s.code", Object[].class)
                .setParameter("id", documentId).getResultList()
                .forEach(row -> byState.put((String) row[0], (Position) row[1]));
        return byState;
    }

    public Optional<Position> of(UUID documentId, String state) {
        return find("documentId = ?1 and state = ?2", documentId, state).firstResultOptional();
    }
}
