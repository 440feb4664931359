package org.csto.dectrack.shared.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every JSON request body a whole example, composed from the examples of its schema's properties (written next
 * to the fields of the input records), so that Swagger UI, Postman and {@code docs/requests.http} offer a body to
 * start from. A body that already has an example keeps it. {@code RequestExamplesTest} holds every example to its
 * schema.
 */
final class RequestExamples {
    private static final String SCHEMAS = "#/components/schemas/";
    /** Deep enough for a body's objects and lists of objects, each behind a reference. */
    private static final int DEPTH = 10;

    private RequestExamples() {
    }

    static void compose(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                    continue;
                }
                MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
                if (json != null && json.getExample() == null && json.getSchema() != null) {
                    Object example = example(json.getSchema(), components, DEPTH);
                    if (example != null) {
                        json.setExample(example);
                    }
                }
            }
        }
    }

    /** The schema's example, else its target's or one composed from its parts; null when nothing in it has one. */
    private static Object example(Schema schema, Map<String, Schema> components, int depth) {
        if (schema == null || depth == 0) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            return example(components.get(schema.getRef().substring(SCHEMAS.length())), components, depth - 1);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAnyOf() != null) {
            for (Schema alternative : schema.getAnyOf()) {
                Object example = example(alternative, components, depth);
                if (example != null) {
                    return example;
                }
            }
        }
        if (schema.getItems() != null) {
            Object item = example(schema.getItems(), components, depth - 1);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() == null) {
            return null;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> {
            if (Boolean.TRUE.equals(property.getReadOnly())) {
                return; // the service's to give (a title in the caller's language), never the client's to send
            }
            Object value = example(property, components, depth - 1);
            if (value != null) {
                object.put(name, value);
            }
        });
        return object.isEmpty() ? null : object;
    }
}
