package org.csto.dectrack.shared.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.problem.ProblemType;
import org.csto.dectrack.shared.problem.Problems;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Finishes the generated OpenAPI document in one place: the problem responses every operation can give (the Problem
 * schema, and for each operation the statuses its method and parameters make possible, each with an example), one
 * readable name per page schema ({@link PageSchemas}), the ids and schemas that annotations cannot give
 * ({@link InheritedOperations}), the bodies of merge patches ({@link MergePatchSchemas}), the ETag, Location and Link headers ({@link ResponseHeaders}), the CSV answers of
 * lists ({@link CsvContent}), the bounds of every string, integer and list ({@link SchemaBounds}), an example for
 * every request body ({@link RequestExamples}), and servers marked
 * internal ({@code x-internal}: other internal systems call this API, not the public).
 */
public class ApiDocumentFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** Paths of a resource that can be deleted, or of what hangs off it: 410 once the change record shows it deleted. */
    private static final Pattern DELETABLE = Pattern.compile("/api/v1/(documents|sessions|measures|chairmanships|activities)/\\{[^}]+}(/.*)?");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        openAPI.getInfo().setLicense(OASFactory.createLicense().name("For the internal use of the Organization")
                .identifier("LicenseRef-Internal-Use"));
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This service, in production or in the local embedded setup, relative to where it is served")
                .addExtension("x-internal", true)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        anyJsonValues(openAPI);
        PageSchemas.rename(openAPI);
        InheritedOperations.complete(openAPI);
        MergePatchSchemas.declare(openAPI);
        ResponseHeaders.declare(openAPI);
        CsvContent.describe(openAPI);
        SchemaBounds.declare(openAPI);
        RequestExamples.compose(openAPI);
        SecuritySchemes.declare(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean hasPathParameter = path.getKey().contains("{");
            boolean deletable = DELETABLE.matcher(path.getKey()).matches() && !path.getKey().endsWith("/history");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                addProblems(entry.getKey(), entry.getValue(), hasPathParameter, deletable);
            }
        }
    }

    /**
     * A property typed {@code JsonNode} holds any JSON value (a field's value in the change history): an unconstrained
     * schema, not the scanner's description of the Jackson class.
     */
    private static void anyJsonValues(OpenAPI openAPI) {
        String ref = "#/components/schemas/JsonNode";
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("JsonNode")) {
            return;
        }
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                if (ref.equals(property.getValue().getRef())) {
                    Schema any = OASFactory.createSchema().description(property.getValue().getDescription());
                    if (property.getValue().getExamples() != null && !property.getValue().getExamples().isEmpty()) {
                        any.setExamples(property.getValue().getExamples());
                    }
                    schema.addProperty(property.getKey(), any);
                }
            }
        }
    }

    private static void addProblems(PathItem.HttpMethod method, Operation operation, boolean hasPathParameter,
                                    boolean deletable) {
        Map<ProblemType, String> problems = new LinkedHashMap<>();
        problems.put(ProblemType.UNAUTHENTICATED, "Send valid credentials (HTTP Basic)");
        boolean write = method != PathItem.HttpMethod.GET;
        if (write) {
            problems.put(ProblemType.FORBIDDEN, "Your role may not perform this operation");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            problems.put(ProblemType.VALIDATION, "1 field is not valid");
            problems.put(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as "
                    + (method == PathItem.HttpMethod.PATCH ? MergePatch.MEDIA_TYPE : "application/json"));
            problems.put(ProblemType.PAYLOAD_TOO_LARGE, "The request body is too large");
        } else if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            problems.put(ProblemType.BAD_PARAMETER, "sort: unknown sort key 'name'");
        }
        if (hasPathParameter) {
            problems.put(ProblemType.NOT_FOUND, "Session 0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01 does not exist");
        }
        if (deletable) {
            problems.put(ProblemType.GONE, "session 0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01 was deleted at 2026-11-29T10:00:00Z by "
                    + "secretariat; its history is at /api/v1/sessions/0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01/history");
        }
        problems.put(ProblemType.NOT_ACCEPTABLE, "This resource produces application/json");
        if (write) {
            problems.put(ProblemType.CONFLICT, "The change conflicts with the current state");
        }
        boolean conditional = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (conditional || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE) {
            problems.put(ProblemType.PRECONDITION_FAILED, "If-Match does not match the current ETag; fetch the resource again");
            problems.put(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag from your last GET of this resource");
        }
        problems.put(ProblemType.INTERNAL, "Unexpected error; quote request id 8f14e45f-ceea-467f-a0e6-0d6f3a1c2b9e");
        problems.put(ProblemType.UNAVAILABLE, "Too many requests at once; retry in a few seconds");
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        for (Map.Entry<ProblemType, String> problem : problems.entrySet()) {
            String status = Integer.toString(problem.getKey().status);
            if (operation.getResponses().hasAPIResponse(status)) {
                APIResponse existing = operation.getResponses().getAPIResponse(status);
                if (existing.getContent() == null || existing.getContent().getMediaType(Problems.PROBLEM_JSON) == null) {
                    existing.setContent(problemContent(problem.getKey(), problem.getValue()));
                }
                continue;
            }
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                    .description(problem.getKey().title)
                    .content(problemContent(problem.getKey(), problem.getValue())));
        }
    }

    private static Content problemContent(ProblemType type, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri);
        example.put("title", type.title);
        example.put("status", type.status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/sessions");
        if (type == ProblemType.VALIDATION) {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("field", "endDate");
            violation.put("message", "must not be before startDate");
            example.put("violations", List.of(violation));
        }
        return OASFactory.createContent().addMediaType(Problems.PROBLEM_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .example(example));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. `type` is stable per kind of problem: "
                        + String.join(", ", Arrays.stream(ProblemType.values()).map(t -> t.uri).toList()))
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("/problems/validation"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("Request is not valid"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(400))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("1 field is not valid"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("/api/v1/sessions"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .addProperty("allowed", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                        .description("Allowed target states, for an invalid transition"))
                .addProperty("details", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)))
                .required(List.of("type", "title", "status"));
    }
}
