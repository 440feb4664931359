package org.csto.dectrack.shared.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.http.MergePatch;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the body of every {@code PATCH} ({@link MergePatch}): a schema named after its {@code PUT} sibling's input
 * ({@code SessionInput} gives {@code SessionPatch}, {@code BodyUpdate} {@code BodyPatch}) with the same properties, none
 * required, each of them also {@code null} (which removes it). The scanner sees only a JSON tree in the resource
 * method, so the {@code PUT} on the same path tells which input the patch applies to. An example written as a string
 * in the resource's annotation becomes a JSON object.
 */
final class MergePatchSchemas {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MergePatchSchemas() {
    }

    static void declare(OpenAPI openAPI) {
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            Operation patch = path.getPATCH();
            Operation put = path.getPUT();
            if (patch == null || put == null || patch.getRequestBody() == null || put.getRequestBody() == null) {
                continue;
            }
            MediaType body = patch.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
            MediaType whole = put.getRequestBody().getContent().getMediaType("application/json");
            if (body == null || whole == null || whole.getSchema() == null || whole.getSchema().getRef() == null) {
                continue;
            }
            String input = whole.getSchema().getRef().substring(SCHEMAS.length());
            String name = input.replaceFirst("(Input|Update)$", "") + "Patch";
            Schema target = openAPI.getComponents().getSchemas().get(input);
            if (target != null && !openAPI.getComponents().getSchemas().containsKey(name)) {
                openAPI.getComponents().addSchema(name, patchOf(input, target));
            }
            body.setSchema(OASFactory.createSchema().ref(SCHEMAS + name));
            if (body.getExample() instanceof String text) {
                body.setExample(parse(text));
            }
        }
    }

    /** The properties of {@code target}, each optional and nullable. */
    private static Schema patchOf(String input, Schema target) {
        Schema patch = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("JSON Merge Patch (RFC 7396) of a " + input + ": only the fields to change; null removes one");
        if (target.getProperties() != null) {
            for (Map.Entry<String, Schema> property : target.getProperties().entrySet()) {
                if (Boolean.TRUE.equals(property.getValue().getReadOnly())) {
                    continue;
                }
                List<Schema> alternatives = new ArrayList<>();
                alternatives.add(property.getValue());
                alternatives.add(OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL)));
                patch.addProperty(property.getKey(), OASFactory.createSchema().anyOf(alternatives));
            }
        }
        return patch;
    }

    private static Object parse(String example) {
        try {
            return JSON.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A merge patch example is not JSON: " + example, e);
        }
    }
}
