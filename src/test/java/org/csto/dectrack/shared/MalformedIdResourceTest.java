package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A malformed id is a 400 naming the parameter, on reads and writes alike, never a 404 or 500. */
@QuarkusTest
class MalformedIdResourceTest {
    private static final String VALID = "0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01";

    @Test
    void malformedPathIdsAreBadParameters() {
        Map<String, String> paths = Map.of(
                "/api/v1/documents/not-a-uuid", "id",
                "/api/v1/sessions/123", "id",
                "/api/v1/measures/not-a-uuid/children", "id",
                "/api/v1/documents/" + VALID + "/relations/x", "relationId",
                "/api/v1/measures/" + VALID + "/reports/%20", "reportId",
                "/api/v1/documents/not-a-uuid/implementation", "id",
                "/api/v1/sessions/zzz/implementation", "id");
        paths.forEach((path, parameter) -> assertProblem(reader().get(path).then(), 400, "/problems/bad-parameter")
                .body("violations[0].field", equalTo(parameter))
                .body("violations[0].message", equalTo("must be a UUID")));
    }

    @Test
    void malformedIdsOnWritesAreBadParametersToo() {
        assertProblem(secretariat().header("If-Match", "\"0\"").delete("/api/v1/documents/nope").then(), 400, "/problems/bad-parameter");
        assertProblem(secretariat().body(Map.of("reportedOn", "2025-01-01")).post("/api/v1/measures/nope/reports").then(),
                400, "/problems/bad-parameter");
        assertProblem(reader().get("/api/v1/documents/" + VALID).then(), 404, "/problems/not-found");
    }
}
