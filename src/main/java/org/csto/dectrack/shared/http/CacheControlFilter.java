package org.csto.dectrack.shared.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Keeps what a signed-in caller read out of shared caches: what it may see depends on its role, member state and
 * clearance. A response with an ETag may be kept by the caller's own client and revalidated ({@code If-None-Match} gives
 * 304); one without is not stored at all. A response that sets its own Cache-Control keeps it.
 */
@Provider
public class CacheControlFilter implements ContainerResponseFilter {
    static final String NO_STORE = "no-store";
    static final String REVALIDATE = "private, no-cache";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)
                || !request.getUriInfo().getPath().startsWith("/api/")
                || request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean tagged = response.getHeaderString(HttpHeaders.ETAG) != null;
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, tagged ? REVALIDATE : NO_STORE);
    }
}
