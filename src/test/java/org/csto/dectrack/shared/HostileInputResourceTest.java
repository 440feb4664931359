package org.csto.dectrack.shared;

import static io.restassured.RestAssured.given;
import static org.csto.dectrack.support.Api.reader;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks the served OpenAPI document and sends every operation malformed input: wrong types, missing and unknown fields,
 * huge strings and bodies, bad dates, unknown enum values, injection strings, deep nesting, invalid paging and sort, wrong
 * Accept and Content-Type, wrong methods and nonsense headers. No answer may be a 5xx, and every error must be
 * {@code application/problem+json}. Every string field is hostile at once, so no request can create anything.
 */
@QuarkusTest
class HostileInputResourceTest {
    static final String INJECTION = "'; DROP TABLE document; -- \" OR 1=1 <script>alert(1)</script> ${jndi:ldap://x} %s%n";
    static final String HUGE = "ж".repeat(100_000);
    static final List<String> HOSTILE_STRINGS = List.of("abc", "-1", "0", "99999999999999999999", "1e309", "NaN",
            "2024-13-45", "2024-02-30", "NOT_A_VALUE", INJECTION, "%", "_", "!", "\\", "../../etc/passwd", "%00",
            "ё Ё 𝔘 \u202e\u200b", "x".repeat(3000), "", " ", "null", "true,false", ",,,", "-", "+", "-id",
            "reference,reference,-reference,unknown", "[]", "{}");
    static final List<Object> HOSTILE_VALUES = List.of(12345, -1, 1.5e308, true, "string", "", HUGE, INJECTION, "2024-02-30",
            "NOT_A_VALUE", List.of(), Map.of(), List.of(List.of(List.of(1))), Map.of("a", Map.of("b", Map.of("c", 1))));
    static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @TestHTTPResource("/")
    URL root;

    private final List<String> failures = new ArrayList<>();
    private int requests;
    private Map<String, Object> schemas;

    static final String ADMIN = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(5)).build();

    /** A request sent with the JDK client: any header and Content-Type as given, and no request logging of huge bodies. */
    static final class Req {
        final String method;
        final String path;
        final Map<String, String> headers = new LinkedHashMap<>();
        final StringBuilder query = new StringBuilder();
        String body;

        Req(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("Authorization", ADMIN);
        }

        Req json(Object value) {
            headers.put("Content-Type", "application/json");
            try {
                body = value instanceof String text ? text : JSON.writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        Req header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Req query(String name, String value) {
            query.append(query.length() == 0 ? "?" : "&").append(encode(name)).append('=').append(encode(value));
            return this;
        }
    }

    static Req admin(String method, String path) {
        return new Req(method, path);
    }

    void check(String what, Req req) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            root.toURI().resolve(req.path.substring(1) + req.query))
                    .timeout(java.time.Duration.ofSeconds(30))
                    .method(req.method, req.body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(req.body));
            req.headers.forEach((name, value) -> {
                if (value != null) {
                    request.header(name, value);
                }
            });
            java.net.http.HttpResponse<String> response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            check(what, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
            lastStatus = response.statusCode();
        } catch (Exception e) {
            failures.add("no answer to " + what + ": " + e);
        }
    }

    private int lastStatus;

    void check(String what, int status, String contentType, String body) {
        requests++;
        String type = contentType == null ? "" : contentType;
        if (status >= 500) {
            failures.add(status + " " + what + ": " + abbreviate(body));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(status + " not problem+json (" + type + ") " + what + ": " + abbreviate(body));
        }
    }



    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    record Operation(String method, String path, List<Map<String, Object>> parameters, Map<String, Object> bodySchema) {
        String describe() {
            return method + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    List<Operation> operations() {
        Map<String, Object> spec = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class);
        schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
        List<Operation> operations = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var entry : path.getValue().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) entry.getValue();
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
                Map<String, Object> body = null;
                Map<String, Object> requestBody = (Map<String, Object>) op.get("requestBody");
                if (requestBody != null) {
                    Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
                    Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
                    body = json == null ? Map.of() : (Map<String, Object>) json.get("schema");
                }
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, body));
            }
        }
        return operations;
    }

    /** Path with every parameter filled: ids are unknown UUIDs, codes and years a value that names nothing. */
    static String fill(Operation op, String name, String value) {
        String path = op.path();
        for (Map<String, Object> parameter : op.parameters()) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            String parameterName = (String) parameter.get("name");
            String filled = parameterName.equals(name) ? value : defaultPathValue(parameter);
            path = path.replace("{" + parameterName + "}", encode(filled));
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    static String defaultPathValue(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        return "uuid".equals(schema.get("format")) ? UUID.randomUUID().toString() : "ZZ";
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref instanceof String reference && reference.startsWith("#/components/schemas/")) {
            Map<String, Object> target = (Map<String, Object>) schemas.get(reference.substring("#/components/schemas/".length()));
            if (target != null) {
                Map<String, Object> merged = new LinkedHashMap<>(target);
                schema.forEach((k, v) -> {
                    if (!k.equals("$ref")) {
                        merged.putIfAbsent(k, v);
                    }
                });
                return merged;
            }
        }
        return schema;
    }

    /** A body of the right shape with every string the injection string: never valid, so nothing is ever created. */
    @SuppressWarnings("unchecked")
    Object sample(Map<String, Object> raw, int depth) {
        Map<String, Object> schema = resolve(raw);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        Object type = schema.get("type");
        String kind = type instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(type);
        String format = String.valueOf(schema.get("format"));
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (depth < 4) {
                for (var property : ((Map<String, Map<String, Object>>) properties).entrySet()) {
                    object.put(property.getKey(), sample(property.getValue(), depth + 1));
                }
            }
            return object;
        }
        return switch (kind) {
            case "array" -> depth < 4 && schema.get("items") instanceof Map<?, ?> items
                    ? List.of(sample((Map<String, Object>) items, depth + 1)) : List.of();
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> false;
            case "object" -> Map.of();
            default -> switch (format) {
                case "date" -> "2024-11-28";
                case "date-time" -> "2024-11-28T09:30:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> INJECTION;
            };
        };
    }

    static String nested(int depth) {
        return "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationAnswersMalformedInputWithAProblemAndNever5xx() {
        List<Operation> operations = operations();
        int states = reader().get("/api/v1/member-states").then().statusCode(200).extract().path("size()");
        int bodies = reader().get("/api/v1/bodies").then().statusCode(200).extract().path("size()");
        int chairmanships = reader().get("/api/v1/chairmanships").then().statusCode(200).extract().path("size()");
        assertTrue(operations.size() > 30, "operations: " + operations.size());
        for (Operation op : operations) {
            String method = op.method();
            // path parameters
            for (Map<String, Object> parameter : op.parameters()) {
                String name = (String) parameter.get("name");
                if ("path".equals(parameter.get("in"))) {
                    for (String value : HOSTILE_STRINGS) {
                        if (value.isBlank() || value.equals("../../etc/passwd")) {
                            continue; // these address another resource (the collection), which may well exist
                        }
                        String path = fill(op, name, value);
                        Req request = admin(method, path);
                        if (op.bodySchema() != null) {
                            request.json("{}");
                        }
                        check(op.describe() + " path " + name + "=" + abbreviate(value), request);
                    }
                } else if ("query".equals(parameter.get("in"))) {
                    for (String value : HOSTILE_STRINGS) {
                        check(op.describe() + " query " + name + "=" + abbreviate(value),
                                admin(method, fill(op, null, null)).query(name, value));
                    }
                    check(op.describe() + " query " + name + " twice",
                            admin(method, fill(op, null, null)).query(name, "1").query(name, "x"));
                }
            }
            String path = fill(op, null, null);
            // paging and sort, where the operation pages
            List<String> names = op.parameters().stream().map(p -> (String) p.get("name")).toList();
            if (names.contains("size")) {
                for (Map<String, String> paging : List.of(Map.of("size", "0"), Map.of("size", "201"), Map.of("size", "-5"),
                        Map.of("page", "-1"), Map.of("page", "2147483647"), Map.of("page", "99999", "size", "200"),
                        Map.of("sort", "id"), Map.of("sort", "-"), Map.of("sort", "reference desc"),
                        Map.of("sort", "a".repeat(500)), Map.of("sort", "(select 1)"))) {
                    Req request = admin(method, path);
                    paging.forEach(request::query);
                    check(op.describe() + " paging " + paging, request);
                }
            }
            // bodies
            if (op.bodySchema() != null) {
                Map<String, Object> base = sample(op.bodySchema(), 0) instanceof Map<?, ?> m
                        ? (Map<String, Object>) m : new LinkedHashMap<>();
                for (String raw : List.of("", "{", "}", "[]", "null", "42", "\"text\"", "{\"a\":}", "{'a':'b'}", "\u0000",
                        "{}", "\uFEFF{}", "{\"a\":1,\"a\":2}", "{\"progress\":NaN}", nested(5_000), "[".repeat(20_000),
                        "{\"x\":\"" + "y".repeat(600_000) + "\"}")) {
                    check(op.describe() + " body " + abbreviate(raw),
                            admin(method, path).json(raw));
                }
                Map<String, Object> unknown = new LinkedHashMap<>(base);
                unknown.put("unknownField", 1);
                check(op.describe() + " unknown field", admin(method, path).json(unknown));
                for (String field : base.keySet()) {
                    for (Object value : HOSTILE_VALUES) {
                        Map<String, Object> body = new LinkedHashMap<>(base);
                        body.put(field, value);
                        check(op.describe() + " " + field + "=" + abbreviate(String.valueOf(value)),
                                admin(method, path).json(body));
                    }
                    Map<String, Object> missing = new LinkedHashMap<>(base);
                    missing.remove(field);
                    check(op.describe() + " without " + field,
                            admin(method, path).json(missing));
                    Map<String, Object> nulled = new LinkedHashMap<>(base);
                    nulled.put(field, null);
                    check(op.describe() + " " + field + "=null",
                            admin(method, path).json(nulled));
                }
                Map<String, Object> manyItems = new LinkedHashMap<>(base);
                base.forEach((field, value) -> {
                    if (value instanceof List<?> list && !list.isEmpty()) {
                        manyItems.put(field, java.util.Collections.nCopies(1_000, list.get(0)));
                    }
                });
                check(op.describe() + " arrays of 1000", admin(method, path).json(manyItems));
                for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "application/json; charset=ebcdic", "application/json; charset=nonsense", "multipart/form-data; boundary=x",
                        "garbage", "application/merge-patch+json")) {
                    check(op.describe() + " Content-Type " + contentType,
                            admin(method, path).json("{\"a\":1}").header("Content-Type", contentType));
                }
                check(op.describe() + " no Content-Type", admin(method, path).json("{}").header("Content-Type", null));
            }
            for (String accept : List.of("application/xml", "text/html", "image/png", "application/json;q=garbage", "*/;")) {
                Req request = admin(method, path).header("Accept", accept);
                if (op.bodySchema() != null) {
                    request.json(sample(op.bodySchema(), 0));
                }
                check(op.describe() + " Accept " + accept, request);
            }
            for (Map<String, String> headers : List.of(Map.of("If-Match", "W/\"x\""), Map.of("If-Match", "\"99999999999999999999\""),
                    Map.of("If-Match", "*"), Map.of("If-Match", "\"" + "9".repeat(2000) + "\""), Map.of("If-None-Match", "garbage"),
                    Map.of("Accept-Language", "xx;q=abc, ;;;, " + "ru-".repeat(300)), Map.of("X-Request-Id", INJECTION))) {
                Req request = admin(method, path);
                headers.forEach(request::header);
                if (op.bodySchema() != null) {
                    request.json(sample(op.bodySchema(), 0));
                }
                check(op.describe() + " headers " + abbreviate(headers.toString()), request);
            }
            for (String authorization : List.of("Basic !!!", "Bearer x.y.z", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("admin".getBytes(StandardCharsets.UTF_8)), "Basic " + "A".repeat(4000), "Digest x")) {
                check(op.describe() + " Authorization " + abbreviate(authorization),
                        admin(method, path).header("Authorization", authorization));
            }
        }
        // wrong methods on every path
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        for (Operation op : operations) {
            byPath.computeIfAbsent(op.path(), k -> new ArrayList<>()).add(op.method());
        }
        for (var entry : byPath.entrySet()) {
            Operation any = operations.stream().filter(o -> o.path().equals(entry.getKey())).findFirst().orElseThrow();
            for (String lower : METHODS) {
                String method = lower.toUpperCase(Locale.ROOT);
                if (!entry.getValue().contains(method)) {
                    check(method + " " + entry.getKey() + " (not an operation)", admin(method, fill(any, null, null)).json("{}"));
                    if (lastStatus < 400) {
                        failures.add(lastStatus + " for " + method + " " + entry.getKey() + ", which is not an operation");
                    }
                }
            }
        }
        // nothing was created along the way
        reader().get("/api/v1/member-states").then().statusCode(200).body("code", hasSize(states));
        reader().get("/api/v1/bodies").then().statusCode(200).body("code", hasSize(bodies));
        reader().get("/api/v1/chairmanships").then().statusCode(200).body("year", hasSize(chairmanships));
        assertTrue(requests > 2000, "requests sent: " + requests);
        assertEquals(List.of(), failures.size() > 60 ? failures.subList(0, 60) : failures, failures.size() + " failures");
    }

    /** Raw HTTP/1.1 exchange, so that a refusal sent before the body is read can be seen. */
    String[] raw(String head, byte[] body, int chunkSize) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (chunkSize <= 0) {
                    out.write(body);
                } else {
                    for (int offset = 0; offset < body.length; offset += chunkSize) {
                        int length = Math.min(chunkSize, body.length - offset);
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(body, offset, length);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before taking the whole body: read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    response.write(buffer, 0, read);
                    String text = response.toString(StandardCharsets.UTF_8);
                    int end = text.indexOf("\r\n\r\n");
                    if (end > 0 && text.toLowerCase(Locale.ROOT).contains("content-length:")) {
                        int declared = Integer.parseInt(text.toLowerCase(Locale.ROOT).replaceAll("(?s).*content-length: *(\\d+).*", "$1"));
                        if (response.size() >= end + 4 + declared) {
                            break;
                        }
                    }
                }
            } catch (IOException closed) {
                // connection closed after the answer
            }
            String text = response.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new String[] {split < 0 ? text : text.substring(0, split), split < 0 ? "" : text.substring(split + 4)};
        }
    }

    @Test
    void bodiesOverTheOneMegabyteCapGet413ProblemJson() throws IOException {
        String credentials = java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        byte[] body = ("{\"notes\":\"" + "z".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String target : List.of("POST /api/v1/sessions", "POST /api/v1/documents", "PUT /api/v1/sessions/" + UUID.randomUUID(),
                "POST /api/v1/measures/" + UUID.randomUUID() + "/reports", "POST /api/v1/member-states")) {
            String head = target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
            String[] declared = raw(head, body, 0);
            assertTrue(declared[0].startsWith("HTTP/1.1 413"), target + ": " + declared[0]);
            assertTrue(declared[0].toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), declared[0]);
            assertTrue(declared[1].contains("\"status\":413") && declared[1].contains("/problems/payload-too-large"), declared[1]);

            String chunkedHead = target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
            String[] chunked = raw(chunkedHead, body, 65_536);
            assertTrue(chunked[0].startsWith("HTTP/1.1 413"), target + " chunked: " + chunked[0]);
            assertTrue(chunked[0].toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), chunked[0]);
        }
        // a client that sends the whole body before it reads sees the 413 too
        check("POST /api/v1/sessions with 1.2 MB", admin("POST", "/api/v1/sessions").json(new String(body, StandardCharsets.UTF_8)));
        assertEquals(413, lastStatus);
        assertEquals(List.of(), failures);
        // a small chunked body is read as usual (and refused on its merits)
        String[] small = raw("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                "{\"body\":\"CMD\",\"startDate\":\"1901-01-01\",\"city\":\"".concat("c".repeat(300)).concat("\"}")
                        .getBytes(StandardCharsets.UTF_8), 100);
        assertTrue(small[0].startsWith("HTTP/1.1 400"), small[0]);
        assertTrue(small[1].contains("city"), small[1]);
        // just under the cap: read, and refused on its merits (notes are capped at 10,000 characters)
        byte[] under = ("{\"body\":\"CMD\",\"startDate\":\"1901-01-01\",\"notes\":\"" + "z".repeat(1_000_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String[] answer = raw("POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                + "\r\nContent-Type: application/json\r\nContent-Length: " + under.length + "\r\n\r\n", under, 0);
        assertTrue(answer[0].startsWith("HTTP/1.1 400"), answer[0]);
        assertTrue(answer[1].contains("notes"), answer[1]);
    }
}
