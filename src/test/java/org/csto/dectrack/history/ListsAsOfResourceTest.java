package org.csto.dectrack.history;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/** The document and measure lists as of a day, and as recorded at an instant. */
@QuarkusTest
class ListsAsOfResourceTest {
    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        Instant instant = Instant.now();
        Thread.sleep(5);
        return instant;
    }

    private static Map<String, Object> page(Supplier<RequestSpecification> request, String path) {
        return request.get().get(path).then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    void theDocumentListAsOfADayAndAsRecorded() throws Exception {
        String word = Unique.word();
        String early = Documents.draft("DECISION").titled("Решение " + word, "Decision " + word).create();
        String late = Documents.draft("DECISION").titled("Решение " + word + " 2", "Decision " + word + " 2").create();
        Documents.position(early, "RU", Map.of("position", "SIGNED", "date", "1997-03-01"));
        Documents.position(late, "RU", Map.of("position", "SIGNED", "date", "1997-09-01"));
        reader().queryParam("q", word).queryParam("signedBy", "RU").queryParam("asOf", "1997-06-30").get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(early));
        reader().queryParam("q", word).queryParam("signedBy", "RU").queryParam("sort", "reference").get("/api/v1/documents")
                .then().statusCode(200).body("totalItems", equalTo(2));

        Supplier<RequestSpecification> list = () -> reader().header("Accept-Language", "en").queryParam("q", word)
                .queryParam("sort", "reference");
        Map<String, Object> before = page(list, "/api/v1/documents");
        Instant then = pause();
        assertEquals(before, page(() -> list.get().queryParam("recordedAsOf", then.toString()), "/api/v1/documents"),
                "the list from the change record is the list the database gives");
        String path = "/api/v1/documents/" + early;
        secretariat().header("If-Match", etag(path))
                .body(Documents.draft("DECISION").titled("Решение " + word + " исправлено", "Decision " + word + " corrected")
                        .input()).put(path).then().statusCode(200);
        Documents.draft("DECISION").titled("Решение " + word + " 3", "Decision " + word + " 3").create();

        assertEquals(before, page(() -> list.get().queryParam("recordedAsOf", then.toString()), "/api/v1/documents"),
                "the answer given then");
        list.get().get("/api/v1/documents").then().body("totalItems", equalTo(3));
        reader().queryParam("q", word).queryParam("recordedAsOf", "2000-01-01T00:00:00Z").get("/api/v1/documents").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void theMeasureListAsOfADayAndAsRecorded() throws Exception {
        String document = Documents.draft("PROGRAMME").create();
        String a = Measures.of(document).with("startDate", "1997-01-01").with("dueDate", "1997-12-31").create();
        String b = Measures.of(document).with("startDate", "1997-01-01").with("dueDate", "1998-06-30").create();
        Reports.on(a).with("reportedOn", "1997-03-01").with("progress", 40).create();
        Reports.on(b).with("reportedOn", "1997-09-01").with("progress", 10).create();

        reader().queryParam("document", document).queryParam("status", "IN_PROGRESS").queryParam("asOf", "1997-06-30")
                .get("/api/v1/measures").then().statusCode(200).body("items.id", contains(a));
        reader().queryParam("document", document).queryParam("overdue", true).queryParam("asOf", "1998-01-10")
                .get("/api/v1/measures").then().statusCode(200).body("items.id", contains(a))
                .body("items[0].daysLate", equalTo(10));
        reader().queryParam("document", document).queryParam("lead", "KZ").queryParam("status", "PLANNED")
                .queryParam("asOf", "1997-06-30").get("/api/v1/measures").then().statusCode(200).body("items.id", contains(b));

        Supplier<RequestSpecification> list = () -> reader().queryParam("document", document).queryParam("sort", "-progress");
        Map<String, Object> before = page(list, "/api/v1/measures");
        Instant then = pause();
        assertEquals(before, page(() -> list.get().queryParam("recordedAsOf", then.toString()), "/api/v1/measures"),
                "the list from the change record is the list the database gives");
        Reports.on(b).with("progress", 80).create();
        Measures.of(document).create();
        assertEquals(before, page(() -> list.get().queryParam("recordedAsOf", then.toString()), "/api/v1/measures"),
                "the answer given then");
        list.get().get("/api/v1/measures").then().body("totalItems", equalTo(3)).body("items[0].id", equalTo(b));

        // closed today, so that the overdue figures of other years' summing-up (which count every open measure) stay
        Reports.on(a).with("status", "CANCELLED").with("reason", "Test over").create();
        Reports.on(b).with("status", "CANCELLED").with("reason", "Test over").create();
    }
}
