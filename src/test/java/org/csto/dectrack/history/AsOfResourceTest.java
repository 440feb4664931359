package org.csto.dectrack.history;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.junit.jupiter.api.Test;

/** Reads as of a day (as now known) and as recorded at an instant (from the change record). */
@QuarkusTest
class AsOfResourceTest {
    /** An instant after everything so far was committed, and before anything later is. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        Instant instant = Instant.now();
        Thread.sleep(5);
        return instant;
    }

    @Test
    void recordedAsOfBeforeAChangeReproducesTheEarlierAnswer() throws Exception {
        String id = Documents.draft("DECISION").titled("Решение до правки", "Decision before the correction").create();
        String other = Documents.draft("PROGRAMME").create();
        Documents.relate(id, "APPROVES", other);
        Documents.position(id, "KZ", Map.of("position", "SIGNED", "date", "2024-11-28"));
        String path = "/api/v1/documents/" + id;
        Map<String, Object> before = reader().header("Accept-Language", "en").get(path).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Instant then = pause();
        secretariat().header("If-Match", etag(path))
                .body(Documents.draft("DECISION").titled("Решение после правки", "Decision after the correction").input())
                .put(path).then().statusCode(200);
        Documents.position(id, "RU", Map.of("position", "SIGNED", "date", "2024-11-28"));

        Map<String, Object> recorded = reader().header("Accept-Language", "en").queryParam("recordedAsOf", then.toString())
                .get(path).then().statusCode(200).header("ETag", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath().getMap("");
        assertEquals(before, recorded, "the answer given then, field for field");
        reader().get(path).then().body("title", equalTo("Решение после правки"));

        assertProblem(reader().queryParam("recordedAsOf", "2000-01-01T00:00:00Z").get(path).then(), 404, "/problems/not-found");
        assertProblem(reader().queryParam("recordedAsOf", "yesterday").get(path).then(), 400, "/problems/bad-parameter");
    }

    @Test
    void asOfADayShowsTheDocumentAndTheMeasureAsTheyStoodThen() {
        String id = Documents.draft("DECISION").create();
        Documents.position(id, "KZ", Map.of("position", "SIGNED", "date", "1997-03-01"));
        Documents.position(id, "RU", Map.of("position", "SIGNED", "date", "1997-09-01"));
        reader().queryParam("asOf", "1997-06-30").get("/api/v1/documents/" + id).then().statusCode(200)
                .body("positions.find { it.state == 'KZ' }.position", equalTo("SIGNED"))
                .body("positions.find { it.state == 'RU' }.recorded", equalTo(false));

        String measure = Measures.of(Documents.draft("PROGRAMME").create())
                .with("startDate", "1997-01-01").with("dueDate", "1997-12-31").create();
        Reports.on(measure).with("reportedOn", "1997-06-01").with("progress", 50).create();
        Reports.on(measure).with("reportedOn", "1998-02-01").with("status", "COMPLETED").create();
        String path = "/api/v1/measures/" + measure;
        reader().queryParam("asOf", "1997-12-31").get(path).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("progress", equalTo(50.0f))
                .body("lastReportedOn", equalTo("1997-06-01")).body("overdue", equalTo(false));
        reader().queryParam("asOf", "1998-01-10").get(path).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("overdue", equalTo(true)).body("daysLate", equalTo(10));
        reader().queryParam("asOf", "1997-05-01").get(path).then().statusCode(200)
                .body("status", equalTo("PLANNED")).body("progress", equalTo(0.0f)).body("lastReportedOn", equalTo(null));
        reader().get(path).then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    /**
     * The summing-up of a year as of its last day ignores a report dated the next year and counts one dated within the
     * year but entered late, while the same read as recorded before that entry does not.
     */
    @Test
    void theSummingUpAtTheYearsEndCountsLateEntriesOfTheYearOnly() throws Exception {
        int year = ReservedYear.AS_OF.year();
        String document = Documents.draft("PROGRAMME").create();
        String early = Measures.of(document).with("startDate", year + "-01-01").with("dueDate", year + "-12-31").create();
        String late = Measures.of(document).with("startDate", year + "-01-01").with("dueDate", year + "-12-31").create();
        Reports.on(early).with("reportedOn", year + "-06-01").with("progress", 50).create();
        Reports.on(early).with("reportedOn", (year + 1) + "-02-01").with("status", "COMPLETED").create();
        String summingUp = "/api/v1/summing-up/" + year;
        String yearEnd = year + "-12-31";

        reader().queryParam("asOf", yearEnd).get(summingUp).then().statusCode(200)
                .body("asOf", equalTo(yearEnd))
                .body("measuresDueByStatus.PLANNED", equalTo(1)).body("measuresDueByStatus.IN_PROGRESS", equalTo(1))
                .body("measuresDueByStatus.COMPLETED", equalTo(0)).body("progressReports", equalTo(1));
        reader().get(summingUp).then().statusCode(200)
                .body("measuresDueByStatus.PLANNED", equalTo(1)).body("measuresDueByStatus.COMPLETED", equalTo(1));
        Instant beforeTheLateEntry = pause();
        Reports.on(late).with("reportedOn", year + "-12-20").with("progress", 30).create();

        reader().queryParam("asOf", yearEnd).get(summingUp).then().statusCode(200)
                .body("measuresDueByStatus.PLANNED", equalTo(0)).body("measuresDueByStatus.IN_PROGRESS", equalTo(2))
                .body("measuresDueByStatus.COMPLETED", equalTo(0)).body("progressReports", equalTo(2));
        reader().queryParam("asOf", yearEnd).queryParam("recordedAsOf", beforeTheLateEntry.toString()).get(summingUp).then()
                .statusCode(200)
                .body("measuresDueByStatus.PLANNED", equalTo(1)).body("measuresDueByStatus.IN_PROGRESS", equalTo(1))
                .body("measuresDueByStatus.COMPLETED", equalTo(0)).body("progressReports", equalTo(1));
        // closed today, so that the overdue figures of other years' summing-up (which count every open measure) stay
        Reports.on(late).with("status", "CANCELLED").with("reason", "Test over").create();
    }

    /** Roll-ups as of a day re-roll a stage from its tasks' statuses then; as recorded, they give the earlier answer. */
    @Test
    void rollUpsAsOfADayAndAsRecorded() throws Exception {
        String session = Sessions.held(ReservedYear.SCRATCH.on(3, 3)).create();
        String document = Documents.draft("PROGRAMME").at(session).create();
        String stage = Measures.of(document).with("startDate", "1997-01-01").with("dueDate", "1997-12-31").create();
        String a = Measures.under(stage).with("startDate", "1997-01-01").with("dueDate", "1997-12-31").create();
        String b = Measures.under(stage).with("startDate", "1997-01-01").with("dueDate", "1997-12-31").create();
        Reports.on(a).with("reportedOn", "1997-03-01").with("progress", 40).create();
        String rollUp = "/api/v1/documents/" + document + "/implementation";
        String sessionRollUp = "/api/v1/sessions/" + session + "/implementation";
        Map<String, Object> before = reader().get(rollUp).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> sessionBefore = reader().get(sessionRollUp).then().statusCode(200).extract().jsonPath().getMap("");
        Instant then = pause();
        Reports.on(b).with("reportedOn", "1997-09-01").with("progress", 50).create();
        Reports.on(b).with("reportedOn", "1997-10-01").with("status", "COMPLETED").create();

        reader().queryParam("asOf", "1997-06-30").get(rollUp).then().statusCode(200)
                .body("progress", equalTo(20.0f)).body("status", equalTo("IN_PROGRESS"))
                .body("byStatus.PLANNED", equalTo(1)).body("byStatus.COMPLETED", equalTo(0)).body("overdue", equalTo(0));
        reader().queryParam("asOf", "1997-06-30").get("/api/v1/measures/" + stage).then().statusCode(200)
                .body("progress", equalTo(20.0f)).body("status", equalTo("IN_PROGRESS"));
        reader().queryParam("asOf", "1998-01-10").get(rollUp).then().statusCode(200)
                .body("progress", equalTo(70.0f)).body("byStatus.COMPLETED", equalTo(1))
                .body("overdue", equalTo(2)).body("late.daysLate", org.hamcrest.Matchers.everyItem(equalTo(10)));
        reader().queryParam("asOf", "1998-01-10").get(sessionRollUp).then().statusCode(200)
                .body("progress", equalTo(70.0f)).body("parts[0].overdue", equalTo(2));
        assertEquals(before, reader().queryParam("recordedAsOf", then.toString()).get(rollUp).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        assertEquals(sessionBefore, reader().queryParam("recordedAsOf", then.toString()).get(sessionRollUp).then()
                .statusCode(200).extract().jsonPath().getMap(""));
        reader().get(rollUp).then().body("byStatus.COMPLETED", equalTo(1));
        // closed today, so that the overdue figures of other years' summing-up (which count every open measure) stay
        Reports.on(a).with("status", "CANCELLED").with("reason", "Test over").create();
    }
}
