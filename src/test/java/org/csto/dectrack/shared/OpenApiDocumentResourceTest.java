package org.csto.dectrack.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csto.dectrack.support.Api;
import org.csto.dectrack.support.CsvTable;
import org.junit.jupiter.api.Test;

/** The committed docs/openapi.yaml is the served specification, and every operation is documented. */
@QuarkusTest
class OpenApiDocumentResourceTest {
    private static final Path COMMITTED = Path.of("docs/openapi.yaml");

    @Test
    void committedSpecEqualsTheServedOne() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path copy = Path.of("target/openapi-served.yaml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, served, StandardCharsets.UTF_8);
        assertTrue(Files.exists(COMMITTED), "docs/openapi.yaml is missing: cp target/openapi-served.yaml docs/openapi.yaml");
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        assertEquals(committed.strip(), served.strip(),
                "docs/openapi.yaml differs from the served spec; review and run: cp target/openapi-served.yaml docs/openapi.yaml");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCsvAnswerIsAStringDescribedByTheColumnsTheListSends() {
        Map<String, Object> spec = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) spec.get("paths");
        List<String> lists = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                Map<String, Object> responses = (Map<String, Object>) operation.getValue().get("responses");
                Map<String, Object> ok = responses == null ? null : (Map<String, Object>) responses.get("200");
                Map<String, Object> content = ok == null ? null : (Map<String, Object>) ok.get("content");
                Map<String, Object> csv = content == null ? null : (Map<String, Object>) content.get("text/csv");
                if (csv == null) {
                    continue;
                }
                lists.add(operation.getKey() + " " + path.getKey());
                Map<String, Object> schema = (Map<String, Object>) csv.get("schema");
                assertEquals("string", schema.get("type"), path.getKey());
                CsvTable table = CsvTable.get(Api.reader(), path.getKey().replace("{year}", "2024"));
                String description = (String) schema.get("description");
                assertTrue(description.contains("Columns: " + String.join(", ", table.header()) + "."),
                        path.getKey() + ": " + description);
                assertTrue(!operation.getValue().containsKey("x-csv-columns") && !ok.containsKey("x-csv-columns"), path.getKey());
            }
        }
        assertEquals(List.of("get /api/v1/documents", "get /api/v1/measures", "get /api/v1/reports/annual/{year}", "get /api/v1/sessions"),
                lists.stream().sorted().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdSummaryTagSchemasHeadersAndProblemExamples() {
        Map<String, Object> spec = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) spec.get("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        Set<String> operationIds = new HashSet<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                Map<String, Object> op = operation.getValue();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (op.get("summary") == null) {
                    missing.add(name + ": summary");
                }
                if (!(op.get("operationId") instanceof String id) || !id.matches("[a-z][A-Za-z]+") || !operationIds.add(id)) {
                    missing.add(name + ": a unique, camel-case operationId (" + op.get("operationId") + ")");
                }
                if (!(op.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                    missing.add(name + ": tag");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                if (responses == null || responses.keySet().stream().noneMatch(s -> s.startsWith("2") || s.equals("304"))) {
                    missing.add(name + ": success response");
                    continue;
                }
                for (var success : responses.entrySet()) {
                    String status = success.getKey();
                    if (!status.startsWith("2") || status.equals("204")) {
                        continue;
                    }
                    Map<String, Object> content = (Map<String, Object>) success.getValue().get("content");
                    Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
                    Object schema = json == null ? null : json.get("schema");
                    if (!(schema instanceof Map<?, ?> typed) || typed.isEmpty()) {
                        missing.add(name + ": a schema for " + status);
                    }
                    Map<String, Object> headers = (Map<String, Object>) success.getValue().get("headers");
                    if (status.equals("201") && (headers == null || !headers.containsKey("Location") || !headers.containsKey("ETag"))) {
                        missing.add(name + ": Location and ETag on 201");
                    }
                    boolean page = schema instanceof Map<?, ?> typed && String.valueOf(typed.get("$ref")).endsWith("Page");
                    if (page != (headers != null && headers.containsKey("Link"))) {
                        missing.add(name + ": Link exactly on pages");
                    }
                }
                for (String status : List.of("401", "500")) {
                    Map<String, Object> response = responses.get(status);
                    Map<String, Object> content = response == null ? null : (Map<String, Object>) response.get("content");
                    Map<String, Object> problem = content == null ? null : (Map<String, Object>) content.get("application/problem+json");
                    if (problem == null || problem.get("example") == null) {
                        missing.add(name + ": problem response " + status + " with example");
                    }
                }
            }
        }
        assertTrue(operations > 30, "operations found: " + operations);
        assertEquals(List.of(), missing);
    }
}
