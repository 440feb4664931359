package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.shared.history.ChangeRecordRepository;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.security.VisibleDocuments;

/**
 * The documents a caller may see among some ids: those the visibility filter leaves it in the table and, for one
 * deleted since, when it leaves it the document's last change-record entry (which carries the document's marking).
 * (All entries of a document carry its current marking, so any visible entry will do.) The ids come from recorded
 * states, so they are well formed.
 */
@ApplicationScoped
public class DocumentVisibility implements VisibleDocuments {
    @Inject DocumentRepository documents;
    @Inject ChangeRecordRepository records;

    @Override
    public Set<String> among(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<UUID> parsed = ids.stream().distinct().map(UUID::fromString).toList();
        Set<String> visible = new HashSet<>();
        documents.getEntityManager().createQuery("select d.id from Document d where d.id in :ids", UUID.class)
                .setParameter("ids", parsed).getResultList().forEach(id -> visible.add(id.toString()));
        List<String> gone = ids.stream().filter(id -> !visible.contains(id)).distinct().toList();
        if (!gone.isEmpty()) {
            visible.addAll(records.recordedAmong(ResourceType.DOCUMENT, gone));
        }
        return visible;
    }
}
