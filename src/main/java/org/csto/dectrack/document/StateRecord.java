package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.csto.dectrack.shared.persistence.Ids;

/** What one member state did about one document (its position, its ratification): one row per state and document. */
@MappedSuperclass
public abstract class StateRecord extends AuditedEntity {
    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "state_code", nullable = false, length = 2)
    public String state;

    /** Fills the keys of a new record and returns it. */
    protected <T extends StateRecord> T forState(UUID documentId, String state) {
        this.id = Ids.newId();
        this.documentId = documentId;
        this.state = state;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.DOCUMENT, documentId));
    }
}
