package org.csto.dectrack.shared;

import static io.restassured.RestAssured.given;
import static org.csto.dectrack.support.Api.anonymous;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.csto.dectrack.support.SpecValidation;
import org.junit.jupiter.api.Test;

/** The headers that keep API responses out of frames, sniffers, shared caches and other origins (docs/security.md). */
@QuarkusTest
class HardeningResourceTest {
    private static final String DOCUMENTS = "/api/v1/documents";

    private static ValidatableResponse hardened(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    @Test
    void apiResponsesForbidSniffingAndFraming() {
        hardened(reader().queryParam("size", 1).get(DOCUMENTS).then().statusCode(200));
        hardened(assertProblem(anonymous().get(DOCUMENTS).then(), 401, "/problems/unauthenticated"));
    }

    @Test
    void aListIsNeverStored() {
        reader().queryParam("size", 1).get(DOCUMENTS).then().statusCode(200)
                .header("ETag", nullValue())
                .header("Cache-Control", "no-store");
    }

    @Test
    void aSingleResourceWithAnEtagIsRevalidatedAndNeverShared() {
        String id = reader().queryParam("size", 1).get(DOCUMENTS).then().statusCode(200).extract().path("items[0].id");
        String path = DOCUMENTS + "/" + id;
        String etag = reader().get(path).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(emptyOrNullString()))
                .header("Cache-Control", "private, no-cache")
                .extract().header("ETag");
        reader().header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("Cache-Control", "private, no-cache");
    }

    @Test
    void refusalsAreProblems() {
        assertProblem(anonymous().get(DOCUMENTS).then(), 401, "/problems/unauthenticated");
        assertProblem(reader().body("{}").post(DOCUMENTS).then(), 403, "/problems/forbidden");
    }

    @Test
    void corsIsOff() {
        // A browser's preflight carries no credentials; OPTIONS is no operation of the contract, so SpecValidation stays out.
        given().noFiltersOfType(SpecValidation.class)
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options(DOCUMENTS)
                .then().header("Access-Control-Allow-Origin", nullValue());
        reader().header("Origin", "https://evil.example").get(DOCUMENTS).then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
