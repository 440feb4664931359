package org.csto.dectrack.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csto.dectrack.support.Api;
import org.csto.dectrack.support.ReservedYear;
import org.junit.jupiter.api.Test;

/**
 * The access matrix in docs/security.md is what the service does: it has exactly one row per operation of the served
 * OpenAPI document, and each of the six callers is refused (401 anonymous, 403 signed in, as a problem) or let through
 * as its cell says.
 *
 * <p>The calls touch nothing: ids are random UUIDs, codes and years name nothing that exists
 * ({@link ReservedYear#ACCESS_MATRIX} never gets a chairmanship), and every body is {@code {}}, which no write accepts;
 * a write that an allowed caller nonetheless completes (2xx) is reported as a failure, so that a change of validation
 * cannot let this test alter data unnoticed. The calls still pass through {@code SpecValidation} like every REST test: it
 * checks the request only when the service accepted it, so the deliberately invalid bodies are no breach, while each
 * refusal must be a response the contract declares.
 */
@QuarkusTest
class AccessMatrixResourceTest {
    private static final Path SECURITY = Path.of("docs/security.md");
    private static final List<String> CALLERS = List.of("anonymous", "reader", "system", "tj-liaison", "secretariat", "admin");
    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete", "options", "trace");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern OPERATION = Pattern.compile("(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE) (/\\S*)");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final int YEAR = ReservedYear.ACCESS_MATRIX.year();

    /** What a cell of the matrix says. */
    enum Cell {
        ALLOWED("✓"), OWN_STATE_ONLY("✓*"), DENIED("✗");

        final String mark;

        Cell(String mark) {
            this.mark = mark;
        }

        static Cell of(String mark) {
            for (Cell cell : values()) {
                if (cell.mark.equals(mark)) {
                    return cell;
                }
            }
            return null;
        }
    }

    @Test
    void theMatrixHasOneRowPerOperationOfTheServedDocument() {
        Set<String> documented = new TreeSet<>(matrix().keySet());
        Set<String> served = new TreeSet<>(servedOperations().keySet());
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(served);
        assertTrue(missing.isEmpty() && unknown.isEmpty(), "docs/security.md's access matrix and the served OpenAPI document "
                + "differ.\n  Operations without a row: " + missing + "\n  Rows for no served operation: " + unknown);
        assertTrue(served.size() > 30, "operations served: " + served.size());
    }

    @Test
    void everyCallerIsLetThroughOrRefusedAsTheMatrixSays() throws IOException {
        Map<String, List<Cell>> matrix = matrix();
        Map<String, Map<String, Object>> served = servedOperations();
        List<String> mismatches = new ArrayList<>();
        Map<String, List<String>> observed = new TreeMap<>();
        int calls = 0;
        for (var row : matrix.entrySet()) {
            Map<String, Object> operation = served.get(row.getKey());
            if (operation == null) {
                continue; // reported by theMatrixHasOneRowPerOperationOfTheServedDocument
            }
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path;
            try {
                path = concrete(row.getKey().substring(method.length() + 1), operation);
            } catch (IllegalArgumentException e) {
                mismatches.add(row.getKey() + ": " + e.getMessage());
                continue;
            }
            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                Cell cell = row.getValue().get(i);
                String call = row.getKey() + " as " + caller + (path.equals(row.getKey().substring(method.length() + 1))
                        ? "" : " (" + path + ")");
                Response response;
                try {
                    response = request(caller, operation).request(method, path);
                    calls++;
                } catch (AssertionError breach) { // SpecValidation: a response the contract does not declare
                    mismatches.add(call + ": " + breach.getMessage().replace("\n", " "));
                    statuses.add("breach");
                    continue;
                }
                int status = response.statusCode();
                statuses.add(String.valueOf(status));
                if (cell == Cell.DENIED) {
                    int expected = caller.equals(ANONYMOUS) ? 401 : 403;
                    String type = expected == 401 ? "/problems/unauthenticated" : "/problems/forbidden";
                    String contentType = response.contentType();
                    if (status != expected) {
                        mismatches.add(call + ": denied in the matrix, expected " + expected + ", got " + status);
                    } else if (contentType == null || !contentType.startsWith("application/problem+json")) {
                        mismatches.add(call + ": " + status + " with Content-Type " + contentType + ", not application/problem+json");
                    } else if (!type.equals(problemType(response))) {
                        mismatches.add(call + ": " + status + " of type " + problemType(response) + ", not " + type);
                    }
                } else if (status == 401 || status == 403) {
                    mismatches.add(call + ": " + cell.mark + " in the matrix, got " + status + " " + problemType(response));
                } else if (WRITES.contains(method) && status >= 200 && status < 300) {
                    mismatches.add(call + ": the write succeeded (" + status + ") and changed data; give it parameters "
                            + "or a body that cannot succeed");
                }
            }
            observed.put(row.getKey(), statuses);
        }
        writeObserved(observed);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + calls + " calls do not match the access matrix in "
                + SECURITY + " (statuses of every call: target/access-matrix-observed.md):\n  " + String.join("\n  ", mismatches));
    }

    /** One call: the caller's credentials, {@code {}} as the body of a write (a merge patch for a PATCH), {@code If-Match: "0"} where one is taken. */
    @SuppressWarnings("unchecked")
    private static RequestSpecification request(String caller, Map<String, Object> operation) {
        RequestSpecification request = caller.equals(ANONYMOUS) ? Api.anonymous() : Api.as(caller);
        if (operation.containsKey("requestBody")) {
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.get("requestBody")).get("content");
            request.body("{}");
            if (content != null && content.containsKey("application/merge-patch+json")) {
                request.contentType("application/merge-patch+json"); // a PATCH takes only its own media type (else 415)
            }
        }
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        if (parameters.stream().anyMatch(p -> "header".equals(p.get("in")) && "If-Match".equalsIgnoreCase(String.valueOf(p.get("name"))))) {
            request.header("If-Match", "\"0\"");
        }
        return request;
    }

    /** The path with every parameter filled by a value that names nothing that exists (or, for a state, nothing written). */
    @SuppressWarnings("unchecked")
    private static String concrete(String template, Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Map<String, Object> schema = parameters.stream()
                    .filter(p -> "path".equals(p.get("in")) && name.equals(p.get("name")))
                    .map(p -> (Map<String, Object>) p.getOrDefault("schema", Map.of()))
                    .findFirst().orElse(Map.of());
            boolean uuid = "uuid".equals(schema.get("format")) || String.valueOf(schema.get("$ref")).endsWith("/UUID");
            String value = uuid ? UUID.randomUUID().toString() : switch (name) {
                case "code" -> "QQ"; // no member state, body or party has it
                case "state" -> "TJ"; // the liaison's own state: its calls get past the state check and fail on the id
                case "year" -> String.valueOf(YEAR);
                case "date" -> YEAR + "-06-30";
                case "reference" -> "NO-SUCH-REF";
                default -> throw new IllegalArgumentException("no value for path parameter {" + name + "}: add one to "
                        + "AccessMatrixResourceTest.concrete that cannot name anything real");
            };
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** Rows of the access matrix in docs/security.md, by "METHOD /path": one cell per caller, in {@link #CALLERS} order. */
    private static Map<String, List<Cell>> matrix() {
        List<String> lines;
        try {
            lines = Files.readAllLines(SECURITY, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + SECURITY, e);
        }
        List<String> header = new ArrayList<>(List.of("Operation"));
        header.addAll(CALLERS);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (cells(lines.get(i)).equals(header)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            fail(SECURITY + " has no table with the header | " + String.join(" | ", header) + " |");
        }
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            String line = "line " + (i + 1) + " (" + lines.get(i).strip() + ")";
            if (cells.size() != header.size() || !OPERATION.matcher(cells.get(0)).matches()) {
                problems.add(line + ": not \"| METHOD /path |\" and " + CALLERS.size() + " cells");
                continue;
            }
            List<Cell> verdicts = new ArrayList<>();
            for (int c = 1; c < cells.size(); c++) {
                Cell cell = Cell.of(cells.get(c));
                if (cell == null || cell == Cell.OWN_STATE_ONLY && !CALLERS.get(c - 1).endsWith("-liaison")) {
                    problems.add(line + ": cell for " + CALLERS.get(c - 1) + " is \"" + cells.get(c) + "\"");
                }
                verdicts.add(cell);
            }
            if (rows.put(cells.get(0), verdicts) != null) {
                problems.add(line + ": a second row for " + cells.get(0));
            }
        }
        assertTrue(problems.isEmpty(), "the access matrix in " + SECURITY + " cannot be read:\n  " + String.join("\n  ", problems));
        return rows;
    }

    private static List<String> cells(String line) {
        String row = line.strip();
        if (!row.startsWith("|") || !row.endsWith("|") || row.length() < 2) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.length() - 1).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Every operation of the served OpenAPI document, by "METHOD /path". */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> servedOperations() {
        Map<String, Object> spec = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                            (Map<String, Object>) operation.getValue());
                }
            }
        }
        return operations;
    }

    private static String problemType(Response response) {
        try {
            return response.jsonPath().getString("type");
        } catch (RuntimeException e) {
            return "(no problem body)";
        }
    }

    private static void writeObserved(Map<String, List<String>> observed) throws IOException {
        StringBuilder text = new StringBuilder("| Operation | " + String.join(" | ", CALLERS) + " |\n|---|");
        text.append("---|".repeat(CALLERS.size())).append('\n');
        observed.forEach((operation, statuses) -> text.append("| ").append(operation).append(" | ")
                .append(String.join(" | ", statuses)).append(" |\n"));
        Path file = Path.of("target/access-matrix-observed.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
