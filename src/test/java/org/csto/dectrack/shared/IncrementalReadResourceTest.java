package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/** Every list reads what changed since an instant ({@code updatedSince}) and sorts by {@code updatedAt}. */
@QuarkusTest
class IncrementalReadResourceTest {
    private static Instant updatedAt(String path) {
        return Instant.parse(reader().get(path).then().statusCode(200).extract().path("updatedAt"));
    }

    @Test
    void aChangedDocumentComesBackAfterTheOthersAndOnlyFromItsInstantOn() {
        String word = Unique.word();
        String first = Documents.draft("DECISION").titled("Документ " + word, "Document " + word).create();
        Instant firstAt = updatedAt("/api/v1/documents/" + first);
        String second = Documents.draft("DECISION").titled("Документ " + word, "Document " + word).create();
        Instant secondAt = updatedAt("/api/v1/documents/" + second);
        String firstPath = "/api/v1/documents/" + first;
        secretariat().header("If-Match", etag(firstPath))
                .body(Documents.draft("DECISION").titled("Документ " + word + " 2", "Document " + word + " 2").input())
                .put(firstPath).then().statusCode(200);

        reader().queryParam("q", word).queryParam("sort", "updatedAt").queryParam("updatedSince", firstAt.toString())
                .get("/api/v1/documents").then().statusCode(200).body("items.id", contains(second, first));
        reader().queryParam("q", word).queryParam("updatedSince", secondAt.plusNanos(1000).toString())
                .get("/api/v1/documents").then().statusCode(200).body("items.id", contains(first));
        reader().queryParam("q", word).queryParam("sort", "-updatedAt").queryParam("updatedSince", "2000-01-01T03:00:00+03:00")
                .get("/api/v1/documents").then().statusCode(200).body("items.id", contains(first, second));
    }

    @Test
    void sessionsMeasuresAndReportsReadIncrementallyToo() {
        String session = Sessions.held(ReservedYear.SCRATCH.on(5, 5)).create();
        Instant sessionAt = updatedAt("/api/v1/sessions/" + session);
        reader().queryParam("year", ReservedYear.SCRATCH.year()).queryParam("updatedSince", sessionAt.toString())
                .queryParam("sort", "updatedAt").get("/api/v1/sessions").then().statusCode(200)
                .body("items.id", contains(session));

        String document = Documents.draft("PROGRAMME").create();
        String one = Measures.of(document).titled("Мера 1").create();
        String two = Measures.of(document).titled("Мера 2").create();
        Instant twoAt = updatedAt("/api/v1/measures/" + two);
        reader().queryParam("document", document).queryParam("sort", "-updatedAt").get("/api/v1/measures").then()
                .statusCode(200).body("items.id", contains(two, one));
        reader().queryParam("document", document).queryParam("updatedSince", twoAt.toString()).get("/api/v1/measures")
                .then().statusCode(200).body("items.id", contains(two));
        reader().queryParam("sort", "updatedAt").get("/api/v1/measures/" + one + "/reports").then().statusCode(200);
    }

    @Test
    void aHistoryKeepsTheVersionsMadeSinceAnInstantAndCountsOnlyThose() {
        String document = Documents.adopted("DECISION", ReservedYear.SCRATCH.on(5, 6)).create();
        Documents.position(document, "BY", Map.of("position", "SIGNED"));
        Documents.position(document, "KZ", Map.of("position", "SIGNED"));
        String history = "/api/v1/documents/" + document + "/history";
        String second = reader().get(history).then().statusCode(200).body("items.version", contains(0, 1, 2))
                .extract().path("items[1].changedAt");
        reader().queryParam("updatedSince", second).queryParam("sort", "-version").get(history).then().statusCode(200)
                .body("items.version", contains(2, 1)).body("totalItems", equalTo(2));
    }

    @Test
    void anInstantWithoutItsOffsetIsRefusedNamingTheParameter() {
        assertProblem(reader().queryParam("updatedSince", "2026-11-29T10:00:00").get("/api/v1/documents").then(),
                400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("updatedSince", "yesterday").get("/api/v1/sessions").then(),
                400, "/problems/bad-parameter");
    }
}
