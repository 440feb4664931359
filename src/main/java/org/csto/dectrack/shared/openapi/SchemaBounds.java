package org.csto.dectrack.shared.openapi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the bounds of every string, integer and array the service exchanges that Bean Validation or a parameter
 * annotation has not already bounded, so that a client can size its fields.
 *
 * <p>The bounds are true by construction: a format bounds its strings (a uuid is 36 characters, a date 10); the
 * columns that store a property bound what the service can return (titles {@code varchar(4000)}, codes
 * {@code varchar(8)}); counts are non-negative 32-bit integers; and a list is bounded by the input limit that fills it
 * (30 tags, 20 contributors) or by the codes it is keyed by (one position per two-letter member state code). The few
 * lists with no bound by nature (a document's relations, a measure's children) are waived in
 * {@code .ci/lint/spectral.yaml} with their reasons.
 */
final class SchemaBounds {
    private static final String SCHEMAS = "#/components/schemas/";
    /** Strings by property or header name: the widest column that stores a property of that name. */
    private static final Map<String, Integer> STRING_LENGTHS = Map.ofEntries(
            Map.entry("title", 4000), Map.entry("name", 4000), Map.entry("summary", 4000), Map.entry("subject", 4000),
            Map.entry("text", 4000), Map.entry("reservation", 4000), Map.entry("detail", 4000),
            Map.entry("description", 10000), Map.entry("notes", 10000), Map.entry("reason", 2000),
            Map.entry("outcome", 2000), Map.entry("message", 2000), Map.entry("instance", 2000), Map.entry("type", 200),
            Map.entry("field", 200), Map.entry("city", 200), Map.entry("createdBy", 100), Map.entry("updatedBy", 100),
            Map.entry("by", 100), Map.entry("reference", 80), Map.entry("documentReference", 40), Map.entry("sha256", 64),
            Map.entry("tags", 60), Map.entry("kind", 30), Map.entry("position", 30), Map.entry("adoptionStatus", 30),
            Map.entry("allowed", 30), Map.entry("language", 8), Map.entry("code", 8), Map.entry("body", 8),
            Map.entry("lead", 8), Map.entry("reportingParty", 8), Map.entry("contributors", 8), Map.entry("state", 2),
            Map.entry("chair", 2), Map.entry("hostCountry", 2), Map.entry("attendees", 2), Map.entry("participants", 2),
            Map.entry("notifiedBy", 2), Map.entry("partners", 8), Map.entry("timeZone", 40), Map.entry("label", 4000),
            Map.entry("bodyName", 4000), Map.entry("list", 2000),
            // an ETag is a quoted version, a dot and what the day made of the resource; a Link names at most four pages
            Map.entry("ETag", 64), Map.entry("Link", 8000), Map.entry("If-Match", 200), Map.entry("If-None-Match", 200));
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35, "uri", 2000);
    /** Lists by property name: the input limit that fills them, or the codes they are keyed by. */
    private static final Map<String, Integer> ARRAY_SIZES = Map.ofEntries(
            Map.entry("items", 200), Map.entry("tags", 30), Map.entry("attachments", 30), Map.entry("contributors", 20),
            Map.entry("attendees", 20), Map.entry("agenda", 200), Map.entry("evidence", 20), Map.entry("violations", 100),
            Map.entry("allowed", 10), Map.entry("positions", 676), Map.entry("ratifications", 676),
            Map.entry("participants", 20), Map.entry("partners", 50), Map.entry("activities", 20), Map.entry("notifiedBy", 676));
    /** Whole lists returned at once, by item schema: one chairmanship a year from 1900 to 2200, one state per code. */
    private static final Map<String, Integer> LIST_SIZES = Map.of("Chairmanship", 301, "MemberState", 676);
    private static final Map<String, long[]> INTEGER_RANGES = Map.of("status", new long[] {100, 599},
            "year", new long[] {1900, 2200}, "size", new long[] {1, 200},
            "totalItems", new long[] {0, Long.MAX_VALUE}, "daysLate", new long[] {0, Long.MAX_VALUE});
    private static final long[] COUNT = {0, Integer.MAX_VALUE};

    private final Map<String, Schema> components;

    private SchemaBounds(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    static void declare(OpenAPI openAPI) {
        SchemaBounds bounds = new SchemaBounds(openAPI.getComponents().getSchemas());
        bounds.components.values().forEach(schema -> bounds.bound(null, schema));
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> bounds.bound(p.getName(), p.getSchema()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(bounds::bound);
                }
            }
        }
    }

    private void bound(APIResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> bound(name, header.getSchema()));
        }
        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
            for (MediaType media : response.getContent().getMediaTypes().values()) {
                Schema schema = media.getSchema();
                if (schema != null && schema.getItems() != null && schema.getItems().getRef() != null
                        && schema.getMaxItems() == null) {
                    schema.setMaxItems(LIST_SIZES.get(schema.getItems().getRef().substring(SCHEMAS.length())));
                }
                bound(null, schema);
            }
        }
    }

    private void bound(String name, Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(stringLength(name, schema));
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            long[] range = name == null ? COUNT : INTEGER_RANGES.getOrDefault(name, COUNT);
            if (schema.getFormat() == null) {
                schema.setFormat(range[1] > Integer.MAX_VALUE ? "int64" : "int32");
            }
            if (schema.getMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(range[0]));
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(range[1]));
            }
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null && name != null) {
            schema.setMaxItems(ARRAY_SIZES.get(name));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach(this::bound);
        }
        bound(name, schema.getItems());
        bound(null, schema.getAdditionalPropertiesSchema());
        for (List<Schema> alternatives : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (alternatives != null) {
                alternatives.forEach(s -> bound(name, s));
            }
        }
    }

    /**
     * By format, by the component a nullable property refers to (its longest value, for a code list), or by name; null
     * when none of them says.
     */
    private Integer stringLength(String name, Schema schema) {
        if (schema.getFormat() != null) {
            return FORMAT_LENGTHS.get(schema.getFormat());
        }
        if (schema.getAnyOf() != null) {
            for (Schema alternative : schema.getAnyOf()) {
                Schema target = alternative.getRef() == null ? null
                        : components.get(alternative.getRef().substring(SCHEMAS.length()));
                if (target != null && target.getEnumeration() != null) {
                    return target.getEnumeration().stream().mapToInt(value -> value.toString().length()).max().orElse(0);
                }
                if (target != null) {
                    return target.getMaxLength() != null ? target.getMaxLength() : stringLength(null, target);
                }
            }
        }
        return name == null ? null : STRING_LENGTHS.get(name);
    }
}
