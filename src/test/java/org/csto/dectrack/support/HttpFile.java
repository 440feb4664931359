package org.csto.dectrack.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of ready requests in the syntax of the HTTP clients of VS Code (REST Client) and IntelliJ IDEA: {@code @name =
 * value} variables at the top, requests separated by {@code ###}, each with {@code # @name}, a request line, headers, a
 * blank line and a body. Two additions for the runner, both comments to the IDEs: {@code # expect 201} (the status the
 * request answers with) and request variables {@code {{name.response.body.$.path}}} and
 * {@code {{name.response.headers.Name}}}, resolved from the responses of the requests before.
 */
public final class HttpFile {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");
    private static final Pattern REQUEST_LINE = Pattern.compile("(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(\\S+)(\\s+HTTP/\\S+)?");

    /** One request of the file, as written (variables not yet resolved). */
    public record Request(String title, String name, int expectedStatus, String method, String url,
                          Map<String, String> headers, String body) {
    }

    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Response> responses = new HashMap<>();

    private HttpFile() {
    }

    public static HttpFile read(Path path) throws IOException {
        HttpFile file = new HttpFile();
        String[] blocks = Files.readString(path, StandardCharsets.UTF_8).split("(?m)^###");
        for (String line : blocks[0].split("\n")) {
            Matcher variable = Pattern.compile("^@([\\w.-]+)\\s*=\\s*(.*)$").matcher(line.strip());
            if (variable.matches()) {
                file.variables.put(variable.group(1), variable.group(2).strip());
            }
        }
        for (int i = 1; i < blocks.length; i++) {
            file.requests.add(parse(blocks[i]));
        }
        return file;
    }

    private static Request parse(String block) {
        String[] lines = block.split("\n", -1);
        String title = lines[0].strip();
        String name = null;
        int expected = -1;
        String method = null;
        String url = null;
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        int i = 1;
        for (; i < lines.length && method == null; i++) {
            String line = lines[i].strip();
            if (line.startsWith("# @name")) {
                name = line.substring("# @name".length()).replace("=", " ").strip();
            } else if (line.startsWith("# expect")) {
                expected = Integer.parseInt(line.substring("# expect".length()).strip());
            } else if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("//")) {
                Matcher request = REQUEST_LINE.matcher(line);
                if (!request.matches()) {
                    throw new IllegalArgumentException("Not a request line in '" + title + "': " + line);
                }
                method = request.group(1);
                url = request.group(2);
            }
        }
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
        }
        for (; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        if (method == null || expected < 0) {
            throw new IllegalArgumentException("Request '" + title + "' needs a request line and '# expect <status>'");
        }
        return new Request(title, name, expected, method, url, headers, body.toString().strip());
    }

    public List<Request> requests() {
        return requests;
    }

    /** Sets a file variable (say {@code base}, to the service under test). */
    public HttpFile with(String variable, String value) {
        variables.put(variable, value);
        return this;
    }

    /** Sends the request, its variables resolved, and keeps its response for the requests after it. */
    public Response send(Request request) {
        var spec = io.restassured.RestAssured.given().urlEncodingEnabled(false);
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            String value = resolve(header.getValue());
            if (header.getKey().equalsIgnoreCase("Authorization") && value.startsWith("Basic ")) {
                value = basic(value.substring("Basic ".length()).strip());
            }
            spec = spec.header(header.getKey(), value);
        }
        if (!request.body().isEmpty()) {
            spec = spec.body(resolve(request.body()).getBytes(StandardCharsets.UTF_8));
        }
        Response response = spec.request(request.method(), resolve(request.url()));
        if (request.name() != null) {
            responses.put(request.name(), response);
        }
        return response;
    }

    /** {@code user:password} or {@code user password} as the IDEs take them, or already encoded. */
    private static String basic(String credentials) {
        String[] parts = credentials.split("[: ]", 2);
        return parts.length == 2 ? "Basic " + Base64.getEncoder().encodeToString((parts[0] + ":" + parts[1])
                .getBytes(StandardCharsets.UTF_8)) : "Basic " + credentials;
    }

    private String resolve(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value(matcher.group(1))));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private String value(String reference) {
        if (variables.containsKey(reference)) {
            return resolve(variables.get(reference));
        }
        String[] parts = reference.split("\\.", 4);
        if (parts.length == 4 && parts[1].equals("response") && responses.containsKey(parts[0])) {
            Response response = responses.get(parts[0]);
            if (parts[2].equals("headers")) {
                return response.header(parts[3]);
            }
            if (parts[2].equals("body") && parts[3].startsWith("$")) {
                String path = parts[3].replaceFirst("^\\$\\.?", "");
                Object value = JsonPath.from(response.asString()).get(path);
                if (value != null) {
                    return String.valueOf(value);
                }
            }
        }
        throw new IllegalArgumentException("Unknown variable {{" + reference + "}} (a named request must run before it)");
    }
}
