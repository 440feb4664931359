package org.csto.dectrack.shared.security;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Restricts the request's session to what the caller may see before any resource method runs ({@link Visibility}).
 * A blocking filter: it runs on the worker thread of the (blocking) resource method; asking for the caller's access
 * authenticates it if that has not happened yet (an anonymous caller never reaches a resource method).
 */
@Provider
public class VisibilityRequestFilter implements ContainerRequestFilter {
    @Inject EntityManager em;

    @Override
    public void filter(ContainerRequestContext request) {
        Visibility.restrict(em);
    }
}
