package org.csto.dectrack.shared.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.csto.dectrack.shared.history.ResourceKey;

/** Who created and last changed a row, when, and its optimistic-lock version. */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity extends PanacheEntityBase {
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    /** The resources of the change record that a write of this row changes (a position changes its document). */
    public abstract List<ResourceKey> changedResources();
}
