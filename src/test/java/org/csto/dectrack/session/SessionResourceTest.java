package org.csto.dectrack.session;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.anonymous;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest {

    /** A held CMD session of two days from {@code start} with one agenda item. */
    static Sessions session(LocalDate start, String city) {
        return Sessions.held(start).with("endDate", start.plusDays(1)).with("city", city)
                .with("agenda", List.of(Sessions.item("О плане", "On the plan", "Adopted")));
    }

    /** A session nobody counts by year (ReservedYear.SCRATCH). */
    static Sessions scratchSession(String city) {
        return session(ReservedYear.SCRATCH.on(5, 14), city);
    }

    static void assertInvalid(Sessions input, String field) {
        assertProblem(input.post().then(), 400, "/problems/validation").body("violations[0].field", equalTo(field));
    }

    @Test
    void demoDataHasAstana2024WithoutArmenia() {
        reader().queryParam("body", "CSC").queryParam("year", "2024")
                .get("/api/v1/sessions")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].startDate", equalTo("2024-11-28"))
                .body("items[0].city", equalTo("Astana"))
                .body("items[0].chair", equalTo("KZ"))
                .body("items[0].attendees", not(hasItem("AM")))
                .body("items[0].attendees", hasItem("KZ"))
                .body("totalItems", equalTo(1));
    }

    @Test
    void createReadUpdateDelete() {
        Response created = scratchSession("Moscow").post();
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/sessions/"))
                .header("ETag", notNullValue())
                .body("id", notNullValue())
                .body("attendees", contains("BY", "KZ", "RU"))
                .body("agenda[0].titles.en", equalTo("On the plan"))
                .body("agenda[0].title", equalTo("О плане"))
                .body("createdBy", equalTo("secretariat"));
        String location = created.header("Location");
        String etag = created.header("ETag");

        reader().get(location).then().statusCode(200).header("ETag", equalTo(etag)).body("city", equalTo("Moscow"))
                .body("documents", hasSize(0));
        reader().header("Accept-Language", "en").get(location).then().body("agenda[0].title", equalTo("On the plan"));
        reader().header("If-None-Match", etag).get(location).then().statusCode(304);

        Map<String, Object> changed = scratchSession("Saint Petersburg").input();
        Response updated = secretariat().header("If-Match", etag).body(changed).put(location);
        updated.then().statusCode(200).body("city", equalTo("Saint Petersburg")).body("updatedBy", equalTo("secretariat"));
        String newEtag = updated.header("ETag");
        assertEquals(false, etag.equals(newEtag), "ETag changes with the version");

        assertProblem(secretariat().header("If-Match", etag).body(changed).put(location).then(), 412, "/problems/precondition-failed");
        assertProblem(secretariat().body(changed).put(location).then(), 428, "/problems/precondition-required");
        assertProblem(secretariat().delete(location).then(), 428, "/problems/precondition-required");
        secretariat().header("If-Match", newEtag).delete(location).then().statusCode(204);
        assertProblem(reader().get(location).then(), 410, "/problems/gone");
    }

    @Test
    void chairDefaultsToTheChairmanshipOnTheStartDate() {
        // PLANNED, so that the summing-up of the demo year 2024 never sees it; deleted at the end.
        String location = Sessions.held(LocalDate.of(2024, 3, 1)).with("status", "PLANNED").with("city", "Almaty").post().then()
                .statusCode(201)
                .body("chair", equalTo("KZ")).extract().header("Location");
        String etag = reader().get(location).header("ETag");
        admin().header("If-Match", etag).delete(location).then().statusCode(204);
    }

    @Test
    void listFiltersSortsAndPages() {
        int year = ReservedYear.SESSION_LIST.year();
        for (String city : List.of("Alpha", "Beta", "Gamma")) {
            session(LocalDate.of(year, 5, 14), city).create();
        }
        Response page = reader().queryParam("year", year).queryParam("body", "CMD").queryParam("size", 2)
                .queryParam("sort", "date").get("/api/v1/sessions");
        page.then().statusCode(200)
                .body("items", hasSize(2)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"last\""));
        reader().queryParam("year", year).queryParam("body", "CMD").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/sessions").then().body("items", hasSize(1)).header("Link", containsString("rel=\"prev\""));
        reader().queryParam("year", year).queryParam("chair", "TJ").get("/api/v1/sessions").then()
                .body("items", hasSize(0));
        reader().queryParam("year", year).queryParam("status", "HELD").get("/api/v1/sessions").then()
                .body("items", hasSize(3)).body("items.status", everyItem(equalTo("HELD")));

        assertProblem(reader().queryParam("sort", "name").get("/api/v1/sessions").then(), 400, "/problems/bad-parameter")
                .body("detail", containsString("name"));
        assertProblem(reader().queryParam("size", "500").get("/api/v1/sessions").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("page", "x").get("/api/v1/sessions").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("status", "OPEN").get("/api/v1/sessions").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("from", "2024-13-01").get("/api/v1/sessions").then(), 400, "/problems/bad-parameter");
    }

    @Test
    void authenticationAndRoles() {
        assertProblem(anonymous().get("/api/v1/sessions").then(), 401, "/problems/unauthenticated")
                .header("WWW-Authenticate", containsString("Basic"));
        assertProblem(io.restassured.RestAssured.given().auth().preemptive().basic("reader", "wrong")
                .get("/api/v1/sessions").then(), 401, "/problems/unauthenticated");
        assertProblem(reader().body(scratchSession("Minsk").input()).post("/api/v1/sessions").then(), 403, "/problems/forbidden");
    }

    @Test
    void validationNamesTheFields() {
        LocalDate start = ReservedYear.SCRATCH.on(5, 14);
        assertInvalid(scratchSession("Minsk").with("endDate", start.minusDays(4)), "endDate");
        assertInvalid(scratchSession("Minsk").with("attendees", List.of("RU", "XX")), "attendees[1]");
        assertInvalid(scratchSession("Minsk").with("body", "NATO"), "body");
        assertProblem(scratchSession("Minsk").with("startDate", null).post().then(), 400, "/problems/validation")
                .body("violations.field", hasItem("startDate"));
        assertInvalid(session(TestClock.today().plusDays(1), "Minsk"), "status"); // held, but tomorrow
        assertInvalid(scratchSession("Minsk").with("format", "TELEPATHY"), "format");
        assertInvalid(scratchSession("Minsk").with("colour", "red"), "colour");

        assertProblem(secretariat().body("{\"body\": ").post("/api/v1/sessions").then(), 400, "/problems/malformed-request");
        assertProblem(secretariat().contentType("text/plain").body("hello").post("/api/v1/sessions").then(), 415,
                "/problems/unsupported-media-type");
        assertProblem(reader().accept("application/xml").get("/api/v1/sessions").then(), 406, "/problems/not-acceptable");
        assertProblem(secretariat().patch("/api/v1/sessions").then(), 405, "/problems/method-not-allowed");
        assertProblem(reader().get("/api/v1/sessions/not-a-uuid").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().get("/api/v1/nothing-here").then(), 404, "/problems/not-found");
    }

    @Test
    void missingSessionIs404AndNothingLeaksOnErrors() {
        assertProblem(reader().get("/api/v1/sessions/0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01").then(), 404, "/problems/not-found")
                .body("instance", equalTo("/api/v1/sessions/0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01"))
                .body("violations", nullValue());
    }

    @Test
    void aSecondSessionOfTheSameBodyOnTheSameDayIsRefusedUnlessAllowed() {
        LocalDate day = ReservedYear.SCRATCH.on(11, 30);
        Sessions first = Sessions.held(day).with("body", "PA").with("city", "Saint Petersburg").unlessDuplicate();
        String id = first.create();

        assertProblem(Sessions.held(day).with("body", "PA").unlessDuplicate().post().then(), 409, "/problems/conflict")
                .body("detail", containsString(id)).body("detail", containsString("allowDuplicate=true"));
        Sessions.held(day).with("body", "CFM").unlessDuplicate().create();
        String second = Sessions.held(day).with("body", "PA").create();

        Map<String, Object> moved = Sessions.held(day).with("body", "PA").with("city", "Minsk").input();
        String etag = reader().get("/api/v1/sessions/" + second).then().extract().header("ETag");
        assertProblem(secretariat().header("If-Match", etag).body(moved).put("/api/v1/sessions/" + second).then(),
                409, "/problems/conflict");
        secretariat().header("If-Match", etag).body(moved).queryParam("allowDuplicate", "true")
                .put("/api/v1/sessions/" + second).then().statusCode(200).body("city", equalTo("Minsk"));
        assertProblem(secretariat().body(moved).queryParam("allowDuplicate", "perhaps").post("/api/v1/sessions").then(),
                400, "/problems/bad-parameter");
    }
}
