package org.csto.dectrack.summary;

import static org.csto.dectrack.support.Api.anonymous;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.csto.dectrack.support.SqlStatements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummingUpResourceTest {
    @Inject
    SqlStatements sql;

    @Test
    void summingUpOf2024() {
        reader().get("/api/v1/summing-up/2024").then().statusCode(200)
                .body("year", equalTo(2024))
                .body("asOf", equalTo("2024-12-31"))
                .body("sessions.city", hasItem("Astana"))
                .body("sessions.city", hasItem("Almaty"))
                .body("sessions.find { it.city == 'Astana' }.documents", greaterThanOrEqualTo(11))
                .body("documentsByStatus.ADOPTED", greaterThanOrEqualTo(11))
                .body("positionsByState.AM.REFRAINED_NO_OBJECTION", greaterThanOrEqualTo(10))
                .body("positionsByState.KZ.SIGNED", greaterThanOrEqualTo(11));
    }

    @Test
    void summingUpOf2025CountsImplementation() {
        reader().get("/api/v1/summing-up/2025").then().statusCode(200)
                .body("measuresCompleted", greaterThanOrEqualTo(5))
                .body("progressReports", greaterThanOrEqualTo(10))
                .body("overdueAtAsOf", greaterThanOrEqualTo(1))
                .body("measuresDueByStatus.COMPLETED", greaterThanOrEqualTo(4));
    }

    @Test
    void constantStatementsAndErrors() {
        long a = sql.count(() -> reader().get("/api/v1/summing-up/2024").then().statusCode(200));
        long b = sql.count(() -> reader().get("/api/v1/summing-up/2019").then().statusCode(200));
        assertEquals(a, b);
        assertProblem(reader().get("/api/v1/summing-up/soon").then(), 400, "/problems/bad-parameter");
        assertProblem(anonymous().get("/api/v1/summing-up/2024").then(), 401, "/problems/unauthenticated");
    }
}
