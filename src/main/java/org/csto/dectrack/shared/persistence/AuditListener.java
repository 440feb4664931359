package org.csto.dectrack.shared.persistence;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import org.csto.dectrack.shared.history.ChangeCollector;
import org.csto.dectrack.shared.security.Caller;
import org.csto.dectrack.shared.time.TimeSource;

/**
 * Stamps audit columns from the request's caller and the application clock, and tells the change record which
 * resources every written row belongs to.
 */
public class AuditListener {
    @PrePersist
    void onCreate(AuditedEntity entity) {
        Instant now = now();
        String user = Caller.name();
        entity.createdAt = now;
        entity.createdBy = user;
        entity.updatedAt = now;
        entity.updatedBy = user;
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.updatedAt = now();
        entity.updatedBy = Caller.name();
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(AuditedEntity entity) {
        touched(entity);
    }

    /** Notes the resources {@code entity} belongs to as changed by the current transaction. */
    static void touched(AuditedEntity entity) {
        Arc.container().instance(ChangeCollector.class).get().touched(entity.changedResources());
    }

    private static Instant now() {
        return Arc.container().instance(TimeSource.class).get().now();
    }
}
