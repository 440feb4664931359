package org.csto.dectrack.shared.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every request an id (the caller's X-Request-Id or a new one) for logs and the response. */
public class RequestIdFilter {
    public static final String HEADER = "X-Request-Id";

    @ServerRequestFilter(preMatching = true)
    public void assignId(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (id == null || id.isBlank() || id.length() > 64 || !id.matches("[A-Za-z0-9._-]+")) {
            id = UUID.randomUUID().toString();
        }
        request.setProperty(HEADER, id);
        MDC.put("requestId", id);
    }

    @ServerResponseFilter
    public void echoId(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(HEADER);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        // Representations carry a title in the requested language, lists come as JSON or CSV, and the ETag is the row
        // version: caches must vary on both.
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.getHeaders().add("Vary", "Accept, Accept-Language");
        }
        MDC.remove("requestId");
    }
}
