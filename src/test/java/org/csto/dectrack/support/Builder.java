package org.csto.dectrack.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body with defaults that a test overrides with {@link #with}; {@link #create} sends it as the secretariat
 * demo user and returns the new id, {@link #post} returns the response for tests that expect a refusal.
 */
public abstract class Builder<B extends Builder<B>> {
    private String path;
    private final Map<String, Object> input = new LinkedHashMap<>();
    private String ifMatch;

    protected Builder(String path) {
        this.path = path;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Sets a field (dates as ISO text); {@code null} leaves the field out of the body. */
    public B with(String key, Object value) {
        if (value == null) {
            input.remove(key);
        } else {
            input.put(key, value instanceof LocalDate date ? date.toString() : value);
        }
        return self();
    }

    /** Sends the request to another path (a query parameter, for instance). */
    public B to(String path) {
        this.path = path;
        return self();
    }

    /** Sends the request with {@code If-Match}. */
    public B ifMatch(String etag) {
        this.ifMatch = etag;
        return self();
    }

    /** A copy of the body, for tests that send it themselves. */
    public Map<String, Object> input() {
        return new LinkedHashMap<>(input);
    }

    public Response post() {
        RequestSpecification request = Api.secretariat();
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(input).post(path);
    }

    public String create() {
        return post().then().statusCode(201).extract().path("id");
    }
}
