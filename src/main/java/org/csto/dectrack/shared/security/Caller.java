package org.csto.dectrack.shared.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/** The name of whoever the current request acts for: the authenticated principal, or "system" outside a request. */
public final class Caller {
    public static final String SYSTEM = "system";

    private Caller() {
    }

    public static String name() {
        var container = Arc.container();
        if (!container.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }
}
