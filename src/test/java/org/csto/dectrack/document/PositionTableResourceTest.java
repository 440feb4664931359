package org.csto.dectrack.document;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.junit.jupiter.api.Test;

/** A document's positions, and its ratification records, written as one table in one request. */
@QuarkusTest
class PositionTableResourceTest {
    static final LocalDate ADOPTED = LocalDate.of(1950, 11, 28);

    static Map<String, Object> row(String state, String position, String date) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("state", state);
        row.put("position", position);
        row.put("date", date);
        return row;
    }

    /** The five states that signed at Astana, and Armenia refraining. */
    static List<Map<String, Object>> astana() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String state : List.of("BY", "KG", "KZ", "RU", "TJ")) {
            rows.add(row(state, "SIGNED", ADOPTED.toString()));
        }
        rows.add(row("AM", "REFRAINED_NO_OBJECTION", null));
        return rows;
    }

    static long version(String etag) {
        return Long.parseLong(etag.replace("\"", "").replaceFirst("\\..*", ""));
    }

    @Test
    void sixPositionsInOneRequestMakeOneVersionOfTheDocument() {
        String id = Documents.adopted("DECLARATION", ADOPTED).create();
        String path = "/api/v1/documents/" + id;
        String before = etag(path);
        List<Map<String, Object>> rows = astana();
        rows.get(2).put("reservation", "С оговоркой");
        String after = secretariat().header("If-Match", before).body(Map.of("positions", rows)).put(path + "/positions")
                .then().statusCode(200)
                .body("positions.findAll { it.position == 'SIGNED' }.state", contains("BY", "KG", "KZ", "RU", "TJ"))
                .body("positions.find { it.state == 'AM' }.position", equalTo("REFRAINED_NO_OBJECTION"))
                .body("positions.find { it.state == 'KZ' }.reservation", equalTo("С оговоркой"))
                .body("positions.recorded", everyItem(equalTo(true)))
                .extract().header("ETag");
        assertEquals(version(before) + 1, version(after));
        reader().get(path).then().header("ETag", after);
        reader().get(path + "/history?sort=-version&size=1").then().statusCode(200)
                .body("items[0].version", equalTo((int) version(after)))
                .body("items[0].changes.field", contains("positions[AM]", "positions[BY]", "positions[KG]", "positions[KZ]",
                        "positions[RU]", "positions[TJ]"));
        assertProblem(secretariat().header("If-Match", before).body(Map.of("positions", rows)).put(path + "/positions").then(),
                412, "/problems/precondition-failed");

        // the table replaces the document's: a state left out has no position afterwards
        secretariat().header("If-Match", after).body(Map.of("positions", rows.subList(0, 5))).put(path + "/positions")
                .then().statusCode(200)
                .body("positions.find { it.state == 'AM' }.summary", equalTo("none recorded"))
                .body("positions.find { it.state == 'TJ' }.position", equalTo("SIGNED"));
        assertProblem(reader().get(path + "/positions/AM").then(), 404, "/problems/not-found");
    }

    @Test
    void oneInvalidRowWritesNothingAndEveryFailingStateIsNamed() {
        String id = Documents.adopted("DECISION", ADOPTED).create();
        String path = "/api/v1/documents/" + id;
        String before = etag(path);
        List<Map<String, Object>> rows = astana();
        rows.set(1, row("KG", "JOINED_LATER", "1950-11-27"));
        assertProblem(secretariat().header("If-Match", before).body(Map.of("positions", rows)).put(path + "/positions").then(),
                400, "/problems/validation")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("positions[KG].date"));
        reader().get(path).then().header("ETag", before)
                .body("positions.recorded", everyItem(equalTo(false)));

        rows.set(3, row("RU", "OBJECTED", ADOPTED.toString()));
        rows.set(4, row("TJ", null, ADOPTED.toString()));
        rows.add(row("KZ", "SIGNED", ADOPTED.toString()));
        rows.add(row("UZ", "SIGNED", ADOPTED.toString()));
        assertProblem(secretariat().header("If-Match", before).body(Map.of("positions", rows)).put(path + "/positions").then(),
                400, "/problems/validation")
                .body("violations.field", contains("positions[KG].date", "positions[KZ]", "positions[RU].position",
                        "positions[TJ].position", "positions[UZ].state"));
        reader().get(path).then().header("ETag", before);
    }

    @Test
    void ratificationsAsOneTable() {
        String id = Documents.adopted("AGREEMENT", ADOPTED).with("ratificationRequired", true)
                .with("notificationsForEntryIntoForce", 2).create();
        String path = "/api/v1/documents/" + id;
        String before = etag(path);
        List<Map<String, Object>> rows = List.of(
                Map.of("state", "RU", "signedOn", "1950-11-28", "ratifiedOn", "1951-07-07", "notifiedOn", "1951-08-01"),
                Map.of("state", "BY", "signedOn", "1950-11-28", "ratifiedOn", "1951-03-01", "notifiedOn", "1951-02-01"),
                Map.of("state", "KZ", "signedOn", "1950-11-28"));
        assertProblem(secretariat().header("If-Match", before).body(Map.of("ratifications", rows)).put(path + "/ratifications")
                .then(), 400, "/problems/validation")
                .body("violations.field", contains("ratifications[BY].notifiedOn"));
        reader().get(path).then().header("ETag", before);
        List<Map<String, Object>> valid = new ArrayList<>(rows);
        valid.set(1, Map.of("state", "BY", "signedOn", "1950-11-28", "ratifiedOn", "1951-03-01", "notifiedOn", "1951-04-01"));
        String after = secretariat().header("If-Match", before).body(Map.of("ratifications", valid)).put(path + "/ratifications")
                .then().statusCode(200).body("entryIntoForce", equalTo("1951-08-01"))
                .body("ratifications.state", org.hamcrest.Matchers.containsInAnyOrder("RU", "BY", "KZ")).extract().header("ETag");
        reader().get(path).then().header("ETag", after);
        // created, then the table: one entry of the document's history for the three records and the force they give it
        reader().get(path + "/history").then().body("totalItems", equalTo(2))
                .body("items[1].changes.field", org.hamcrest.Matchers.hasItems("ratifications[BY]", "ratifications[KZ]",
                        "ratifications[RU]", "entryIntoForce"));
        String plain = Documents.adopted("DECISION", ADOPTED).create();
        assertProblem(secretariat().header("If-Match", etag("/api/v1/documents/" + plain)).body(Map.of("ratifications", valid))
                .put("/api/v1/documents/" + plain + "/ratifications").then(), 409, "/problems/conflict");
    }
}
