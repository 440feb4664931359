package org.csto.dectrack.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.csto.dectrack.support.SpecValidation;
import org.junit.jupiter.api.Test;

/**
 * The ready requests of {@code docs/requests.http} (for the HTTP clients of IntelliJ IDEA and VS Code) are generated
 * from {@code docs/openapi.yaml}, one per operation with its example body, and each example body fits its schema.
 */
class RequestCollectionTest {
    private static final Path SPEC = Path.of("docs/openapi.yaml");
    private static final Path COMMITTED = Path.of("docs/requests.http");
    private static final Path GENERATED = Path.of("target/requests.http");

    private final OpenAPI contract = new OpenAPIV3Parser().read(SPEC.toUri().toString());

    @Test
    void everyRequestBodyHasAnExampleThatFitsItsSchema() {
        List<String> breaches = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            String type = bodyType(operation);
            MediaType json = operation.getRequestBody().getContent().get(type);
            if (json == null || json.getExample() == null) {
                breaches.add(method + " " + path + ": no example");
                return;
            }
            String concrete = path.replaceAll("\\{(id|relationId|reportId)}", "01a226ab-7370-74e5-bb56-5443f35c974c")
                    .replace("{code}", "KZ").replace("{state}", "KZ").replace("{year}", "2024");
            Request request = new SimpleRequest.Builder(method.name(), concrete).withContentType(type)
                    .withAccept("application/json").withHeader("If-Match", "\"3\"").withBody(json(json.getExample()))
                    .withAuthorization("Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .build();
            SpecValidation.requestBreaches(request).stream().filter(b -> b.startsWith("validation.request.body"))
                    .forEach(b -> breaches.add(method + " " + path + ": " + b));
        });
        assertEquals(List.of(), breaches);
    }

    @Test
    void theRequestCollectionIsGeneratedFromTheSpecification() throws IOException {
        String generated = collection();
        Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
        assertFalse(generated.isBlank());
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, generated, "docs/requests.http is out of date: cp " + GENERATED + " " + COMMITTED);
    }

    private String collection() {
        StringBuilder http = new StringBuilder("""
                # Ready requests for every operation of the Decision Tracker API, for the HTTP clients of IntelliJ IDEA
                # and VS Code (REST Client). Generated from docs/openapi.yaml by RequestCollectionTest: do not edit.
                # Users are the embedded demo users (README); set the ids below from a list, e.g. GET /api/v1/documents,
                # and If-Match to the ETag of your last GET of the resource.
                @base = http://localhost:8080
                """);
        Map<String, String> variables = new TreeMap<>();
        StringBuilder requests = new StringBuilder();
        forEachOperation((path, method, operation) -> {
            requests.append("\n### ").append(operation.getOperationId()).append(": ").append(operation.getSummary()).append('\n');
            List<String> query = new ArrayList<>();
            String target = path;
            for (Parameter parameter : parameters(operation)) {
                if ("path".equals(parameter.getIn())) {
                    String variable = variable(path, parameter);
                    variables.merge(variable, example(parameter), (a, b) -> a.isEmpty() ? b : a);
                    target = target.replace("{" + parameter.getName() + "}", "{{" + variable + "}}");
                } else if ("query".equals(parameter.getIn())) {
                    query.add(parameter.getName());
                }
            }
            if (!query.isEmpty()) {
                requests.append("# query parameters: ").append(String.join(", ", query)).append('\n');
            }
            requests.append(method).append(" {{base}}").append(target).append('\n');
            String user = user(operation);
            requests.append("Authorization: Basic ").append(user).append(' ').append(user).append('\n');
            requests.append("Accept: application/json\n");
            if (parameters(operation).stream().anyMatch(p -> p.getName().equals("If-Match"))) {
                variables.put("etag", "\"0\"");
                requests.append("If-Match: {{etag}}\n");
            }
            MediaType json = operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().get(bodyType(operation));
            if (json != null && json.getExample() != null) {
                requests.append("Content-Type: ").append(bodyType(operation)).append("\n\n").append(json(json.getExample()))
                        .append('\n');
            }
        });
        variables.forEach((variable, value) -> http.append('@').append(variable).append(" =")
                .append(value.isEmpty() ? "" : " " + value).append('\n'));
        return http.append(requests).toString();
    }

    /** The media type of an operation's body: JSON, or a JSON merge patch for PATCH. */
    private static String bodyType(Operation operation) {
        return operation.getRequestBody().getContent().containsKey("application/merge-patch+json")
                ? "application/merge-patch+json" : "application/json";
    }

    /** A path parameter's variable: {@code documentId} for the {id} of /documents/{id}, {@code bodyCode}, else its name. */
    private static String variable(String path, Parameter parameter) {
        String name = parameter.getName();
        if (!name.equals("id") && !name.equals("code")) {
            return name;
        }
        String[] segments = path.substring(0, path.indexOf("{" + name + "}") - 1).split("/");
        String collection = segments[segments.length - 1];
        String one = collection.endsWith("ies") ? collection.substring(0, collection.length() - 3) + "y"
                : collection.substring(0, collection.length() - 1);
        StringBuilder camel = new StringBuilder();
        for (String word : one.split("-")) {
            camel.append(camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString() + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The parameter's example, or nothing to fill in. */
    private static String example(Parameter parameter) {
        Object example = parameter.getExample() != null ? parameter.getExample()
                : parameter.getSchema() != null && parameter.getSchema().getExamples() != null
                        ? parameter.getSchema().getExamples().get(0) : null;
        return example == null ? "" : example.toString();
    }

    /** The first role the operation names: reader for reads, secretariat or admin for writes. */
    private static String user(Operation operation) {
        return operation.getSecurity().get(0).values().stream().flatMap(List::stream).findFirst().orElse("reader");
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    private static String json(Object example) {
        try {
            return Json31.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(example);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    private void forEachOperation(OperationVisitor visitor) {
        for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) -> visitor.visit(path.getKey(), method, operation));
        }
    }
}
