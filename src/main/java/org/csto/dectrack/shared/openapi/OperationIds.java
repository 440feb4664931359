package org.csto.dectrack.shared.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Names the operations that a shared resource class serves on several paths (member states and bodies), which no
 * annotation can name once for all: {@code listMemberStates}, {@code getBody}, {@code createBody},
 * {@code replaceMemberState}. Every other operation names itself in its {@code @Operation}.
 */
final class OperationIds {
    private OperationIds() {
    }

    static void fillMissing(OpenAPI openAPI) {
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
