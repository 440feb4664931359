package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.csto.dectrack.support.Api;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.junit.jupiter.api.Test;

/**
 * Clients generated from the OpenAPI document accept only {@code application/problem+json} on operations whose success
 * has no body (204): they get the 204, and the problems too.
 */
@QuarkusTest
class ProblemOnlyClientResourceTest {
    private static RequestSpecification problemsOnly() {
        return Api.secretariat().accept("application/problem+json");
    }

    @Test
    void deletesAnswerClientsThatAcceptOnlyProblems() {
        String session = "/api/v1/sessions/" + Sessions.held(ReservedYear.SCRATCH.on(2, 2)).create();
        assertProblem(problemsOnly().delete(session).then(), 428, "/problems/precondition-required");
        problemsOnly().header("If-Match", etag(session)).delete(session).then().statusCode(204);

        String document = "/api/v1/documents/" + Documents.draft("DECISION").create();
        Documents.position(document.substring(document.lastIndexOf('/') + 1), "KZ", Map.of("position", "SIGNED"));
        problemsOnly().header("If-Match", etag(document + "/positions/KZ")).delete(document + "/positions/KZ").then().statusCode(204);
        problemsOnly().header("If-Match", etag(document)).delete(document).then().statusCode(204);
        assertProblem(problemsOnly().header("If-Match", "\"0\"").delete(document).then(), 410, "/problems/gone");
    }
}
