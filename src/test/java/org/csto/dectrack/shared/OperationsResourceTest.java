package org.csto.dectrack.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics, the OpenAPI document and Swagger UI are public. */
@QuarkusTest
class OperationsResourceTest {
    @Test
    void healthChecksAreUpAndIncludeTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void metricsInPrometheusFormatWithHibernateStatistics() {
        given().get("/api/v1/member-states"); // anonymous, refused, but counted
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("hibernate_"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/documents"));
    }
}
