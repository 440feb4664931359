package org.csto.dectrack.shared.openapi;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every list answers one Java type, {@code PageView<T>}; the scanner names its schemas after the Java types
 * ({@code PageViewMeasureView}). This names each after the schema of its items instead ({@code MeasurePage}).
 */
final class PageSchemas {
    private static final String PREFIX = "#/components/schemas/";
    private static final String JAVA_NAME = "PageView";

    private PageSchemas() {
    }

    static void rename(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renamed = new HashMap<>();
        for (Map.Entry<String, Schema> entry : new TreeMap<>(schemas).entrySet()) {
            Schema items = entry.getValue().getProperties() == null ? null : entry.getValue().getProperties().get("items");
            if (!entry.getKey().startsWith(JAVA_NAME)) {
                continue;
            }
            openAPI.getComponents().removeSchema(entry.getKey());
            if (items != null && items.getItems() != null && items.getItems().getRef() != null) {
                String name = items.getItems().getRef().substring(PREFIX.length()) + "Page";
                openAPI.getComponents().addSchema(name, entry.getValue());
                renamed.put(PREFIX + entry.getKey(), PREFIX + name);
            }
        }
        openAPI.getComponents().setSchemas(new TreeMap<>(openAPI.getComponents().getSchemas())); // a stable order
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                        continue;
                    }
                    for (MediaType media : response.getContent().getMediaTypes().values()) {
                        Schema schema = media.getSchema();
                        if (schema != null && schema.getRef() != null && renamed.containsKey(schema.getRef())) {
                            schema.setRef(renamed.get(schema.getRef()));
                        }
                    }
                }
            }
        }
    }
}
