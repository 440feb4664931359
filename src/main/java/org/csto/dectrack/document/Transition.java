package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.csto.dectrack.shared.security.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a document's adoption status: who, when, from what, to what and why. */
@Entity
@Table(name = "document_transition")
@Filter(name = Visibility.FILTER, condition = Visibility.BY_DOCUMENT, deduceAliasInjectionPoints = false)
public class Transition extends AuditedEntity {
    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", nullable = false, length = 30)
    public AdoptionStatus from;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 30)
    public AdoptionStatus to;

    @Column(length = 2000)
    public String reason;

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.DOCUMENT, documentId));
    }
}
