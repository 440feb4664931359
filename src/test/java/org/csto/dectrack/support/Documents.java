package org.csto.dectrack.support;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds documents through the API for tests. */
public final class Documents {
    private Documents() {
    }

    public static Map<String, Object> input(String type, String ru, String en) {
        Map<String, Object> input = new HashMap<>();
        input.put("type", type);
        input.put("titles", Map.of("ru", ru, "en", en));
        input.put("body", "CSC");
        return input;
    }

    public static String create(Map<String, Object> input) {
        return secretariat().body(input).post("/api/v1/documents").then().statusCode(201).extract().path("id");
    }

    public static String adopted(String type, String ru, String en, String date, List<String> tags) {
        Map<String, Object> input = input(type, ru, en);
        input.put("adoptionStatus", "ADOPTED");
        input.put("adoptedOn", date);
        input.put("tags", tags);
        return create(input);
    }

    public static String etag(String path) {
        return reader().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
