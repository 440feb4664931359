package org.csto.dectrack.shared.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the operations that one generic resource class serves on several paths (member states and bodies), which
 * its annotations cannot describe once for all: their ids ({@code listMemberStates}, {@code getBody},
 * {@code createBody}, {@code replaceMemberState}) and the schema of their success responses, which the scanner sees
 * only as a type variable ({@code MemberState}, an array of them for the list). Every other operation names itself in
 * its {@code @Operation} and has its schemas from its Java types.
 */
final class InheritedOperations {
    private static final String SCHEMAS = "#/components/schemas/";

    private InheritedOperations() {
    }

    static void complete(OpenAPI openAPI) {
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            String[] segments = path.getKey().split("/");
            boolean item = path.getKey().endsWith("}");
            String plural = camel(segments[item ? segments.length - 2 : segments.length - 1]);
            String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                    : plural.substring(0, plural.length() - 1);
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getOperationId() != null) {
                    continue;
                }
                operation.setOperationId(switch (entry.getKey()) {
                    case GET -> item ? "get" + singular : "list" + plural;
                    case POST -> "create" + singular;
                    case PUT -> "replace" + singular;
                    case DELETE -> "delete" + singular;
                    default -> entry.getKey().name().toLowerCase() + singular;
                });
                Schema one = OASFactory.createSchema().ref(SCHEMAS + singular);
                Schema schema = entry.getKey() == PathItem.HttpMethod.GET && !item
                        ? OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(one) : one;
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && !status.equals("204")) {
                        response.setContent(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(schema)));
                    }
                });
            }
        }
    }

    /** {@code member-states} → {@code MemberStates}. */
    private static String camel(String segment) {
        StringBuilder name = new StringBuilder();
        for (String word : segment.split("-")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
