package org.csto.dectrack.shared.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Names the types behind the wildcard subtypes of an {@code Accept} header: {@code application/*} is JSON and
 * {@code text/*} is CSV, the API's only application and text types. Quarkus REST answers a wildcard subtype with
 * {@code application/octet-stream} (and the entity's {@code toString()}) on operations that produce more than one type.
 */
public class AcceptWildcards {
    @ServerRequestFilter(preMatching = true)
    public void name(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("/*") && request.getUriInfo().getPath().startsWith("/api/")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, Arrays.stream(accept.split(","))
                    .map(AcceptWildcards::named).collect(Collectors.joining(",")));
        }
    }

    private static String named(String range) {
        String type = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String parameters = range.contains(";") ? range.substring(range.indexOf(';')) : "";
        return switch (type) {
            case "application/*" -> "application/json" + parameters;
            case "text/*" -> "text/csv" + parameters;
            default -> range;
        };
    }
}
