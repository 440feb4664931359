package org.csto.dectrack.shared.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the headers the service sends on success, as the write helpers and lists send them: {@code Location} on
 * every 201; {@code ETag} on every single resource (its version, for If-Match and If-None-Match); {@code Link} on every
 * page of a list. Computed figures (roll-ups, the summing-up) have no version and no ETag.
 */
final class ResponseHeaders {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> COMPUTED = Set.of("Implementation", "SummingUp");

    private ResponseHeaders() {
    }

    static void declare(OpenAPI openAPI) {
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                operation.getResponses().getAPIResponses().forEach(ResponseHeaders::declare);
            }
        }
    }

    private static void declare(String status, APIResponse response) {
        String schema = schemaName(response);
        if (status.equals("201")) {
            response.addHeader("Location", header("Where the new resource is", "uri"));
        }
        if (status.equals("304") || (status.startsWith("2") && schema != null && !COMPUTED.contains(schema)
                && !schema.endsWith("Page"))) {
            response.addHeader("ETag", header("The resource's version, quoted: send it in If-Match to change it, in "
                    + "If-None-Match to get a 304 while it is unchanged", null));
        }
        if (status.startsWith("2") && schema != null && schema.endsWith("Page")) {
            response.addHeader("Link", header("RFC 8288 links to the first, prev, next and last pages", null));
        }
    }

    /** The component schema a JSON success body refers to, or null (no body, an array, an inline schema). */
    private static String schemaName(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return null;
        }
        for (Map.Entry<String, MediaType> media : response.getContent().getMediaTypes().entrySet()) {
            Schema schema = media.getValue().getSchema();
            if (media.getKey().equals("application/json") && schema != null && schema.getRef() != null) {
                return schema.getRef().substring(SCHEMAS.length());
            }
        }
        return null;
    }

    private static Header header(String description, String format) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        if (format != null) {
            schema.format(format);
        }
        return OASFactory.createHeader().description(description).schema(schema);
    }
}
