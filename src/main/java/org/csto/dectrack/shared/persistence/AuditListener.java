package org.csto.dectrack.shared.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import org.csto.dectrack.shared.time.TimeSource;

/** Stamps audit columns from the request's caller and the application clock. */
public class AuditListener {
    static final String SYSTEM = "system";

    @PrePersist
    void onCreate(AuditedEntity entity) {
        Instant now = now();
        String user = currentUser();
        entity.createdAt = now;
        entity.createdBy = user;
        entity.updatedAt = now;
        entity.updatedBy = user;
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.updatedAt = now();
        entity.updatedBy = currentUser();
    }

    private static Instant now() {
        return Arc.container().instance(TimeSource.class).get().now();
    }

    private static String currentUser() {
        var container = Arc.container();
        if (!container.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
