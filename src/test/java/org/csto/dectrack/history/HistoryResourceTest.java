package org.csto.dectrack.history;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.junit.jupiter.api.Test;

/** Every write leaves a version in its resource's history: who, when, which request, and which fields changed. */
@QuarkusTest
class HistoryResourceTest {
    @Test
    void aDocumentChangedThreeTimesShowsFourVersionsWithAuthorsAndFieldChanges() {
        String id = Documents.draft("DECISION").titled("Решение о пробе", "Decision on a trial").create();
        String path = "/api/v1/documents/" + id;
        secretariat().header("If-Match", etag(path)).header("X-Request-Id", "history-test-1")
                .body(Documents.draft("DECISION").titled("Решение о пробе", "Decision on the trial").input())
                .put(path).then().statusCode(200);
        Documents.position(id, "KZ", Map.of("position", "SIGNED", "date", "2024-11-28"));
        admin().header("If-Match", etag(path))
                .body(Documents.draft("DECISION").titled("Решение о пробе", "Decision on the trial").with("notes", "Checked").input())
                .put(path).then().statusCode(200);

        JsonPath history = reader().get(path + "/history").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.operation", contains("CREATED", "UPDATED", "UPDATED", "UPDATED"))
                .body("items.changedBy", contains("secretariat", "secretariat", "secretariat", "admin"))
                .body("items[1].requestId", equalTo("history-test-1"))
                .body("items[0].changes.field", hasItems("reference", "titles", "type", "positions[KZ]"))
                .body("items[1].changes.field", contains("titles.en"))
                .body("items[1].changes[0].before", equalTo("Decision on a trial"))
                .body("items[1].changes[0].after", equalTo("Decision on the trial"))
                .body("items[2].changes.field", contains("positions[KZ]"))
                .body("items[2].changes[0].after.position", equalTo("SIGNED"))
                .body("items[3].changes.field", contains("notes"))
                .extract().jsonPath();
        List<Integer> versions = history.getList("items.version");
        assertEquals(4, versions.stream().distinct().count(), "every entry is a new version: " + versions);
        assertEquals(versions.stream().sorted().toList(), versions, "oldest first");
        assertEquals(etag(path).replaceAll("\"(\\d+)\\..*", "$1"), String.valueOf(versions.get(3)),
                "the last version is the one the ETag names");

        reader().queryParam("sort", "-version").queryParam("size", 1).get(path + "/history").then().statusCode(200)
                .body("items.operation", contains("UPDATED")).body("items[0].changes.field", contains("notes"))
                .header("Link", notNullValue());
    }

    @Test
    void aDeletedDocumentAnswersGoneAndKeepsItsHistory() {
        String id = Documents.draft("DECISION").create();
        String path = "/api/v1/documents/" + id;
        secretariat().header("If-Match", etag(path)).delete(path).then().statusCode(204);

        assertProblem(reader().get(path).then(), 410, "/problems/gone")
                .body("details.history", equalTo(path + "/history"))
                .body("details.deletedBy", equalTo("secretariat"));
        assertProblem(secretariat().header("If-Match", "\"0\"").delete(path).then(), 410, "/problems/gone");
        reader().get(path + "/history").then().statusCode(200)
                .body("items.operation", contains("CREATED", "DELETED"))
                .body("items[1].changes", empty());
        assertProblem(reader().get("/api/v1/documents/0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01/history").then(), 404,
                "/problems/not-found");
    }

    @Test
    void reportsAreChangesOfTheirMeasure() {
        String document = Documents.draft("PROGRAMME").create();
        String measure = Measures.of(document).titled("Мера истории").create();
        Reports.on(measure).with("progress", 40).create();
        reader().get("/api/v1/measures/" + measure + "/history").then().statusCode(200)
                .body("items.operation", contains("CREATED", "UPDATED"))
                .body("items[1].changes.field", hasItems("progress", "status", "lastReportedOn", "lastReport"))
                .body("items[1].changes.find { it.field == 'lastReport' }.after.progress", equalTo(40.0f));
    }

    @Test
    void referenceDataKeepsItsHistoryToo() {
        reader().get("/api/v1/member-states/kz/history").then().statusCode(200)
                .body("items[0].operation", equalTo("CREATED"))
                .body("items.changedBy", everyItem(notNullValue()));
        reader().get("/api/v1/bodies/CSC/history").then().statusCode(200).body("totalItems", equalTo(1));
        reader().get("/api/v1/chairmanships/2024/history").then().statusCode(200).body("items[0].changes.field", hasItem("state"));
        assertProblem(reader().get("/api/v1/chairmanships/1800/history").then(), 400, "/problems/bad-parameter");
    }
}
