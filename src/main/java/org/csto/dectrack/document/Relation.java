package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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

/** A typed link from one document (the source) to another (the target). */
@Entity
@Table(name = "document_relation")
@Filter(name = Visibility.FILTER, condition = Visibility.BOTH_ENDS, deduceAliasInjectionPoints = false)
public class Relation extends AuditedEntity {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Document source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    public Document target;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public RelationType type;

    /** Whether the relation leaves {@code documentId}; otherwise it arrives there. */
    public boolean leaves(UUID documentId) {
        return source.id.equals(documentId);
    }

    /** Its name seen from {@code documentId}: the type going out, the inverse coming in (APPROVES, APPROVED_BY). */
    public String nameSeenFrom(UUID documentId) {
        return leaves(documentId) ? type.name() : type.inverse();
    }

    /** The document at the other end from {@code documentId}. */
    public Document otherEnd(UUID documentId) {
        return leaves(documentId) ? target : source;
    }

    /** Both ends list the relation. */
    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.DOCUMENT, source.id), ResourceKey.of(ResourceType.DOCUMENT, target.id));
    }
}
