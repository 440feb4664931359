package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Documents.adopted;
import static org.csto.dectrack.support.Documents.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.csto.dectrack.support.SqlStatements;
import org.junit.jupiter.api.Test;

/**
 * SQL budgets of the list, detail and roll-up endpoints not covered by DocumentResourceTest and MeasureResourceTest: the
 * statements one request prepares stay the same whatever the page size and the amount of related data, and never exceed
 * the number written in each test.
 */
@QuarkusTest
class SqlBudgetResourceTest {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    SqlStatements sql;

    static Map<String, Object> session(int year, int day, String city) {
        return Map.of("body", "CMD", "kind", "REGULAR", "format", "IN_PERSON", "status", "HELD",
                "startDate", String.format("%d-03-%02d", year, day), "city", city,
                "attendees", List.of("RU", "BY", "KZ", "KG"),
                "agenda", List.of(Map.of("titles", Map.of("ru", "О плане", "en", "On the plan"), "outcome", "Adopted"),
                        Map.of("titles", Map.of("ru", "О бюджете", "en", "On the budget"))));
    }

    static String createSession(Map<String, Object> input) {
        return secretariat().body(input).post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }

    static String documentOf(String session, String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("type", "DECISION");
        input.put("titles", Map.of("ru", "Решение " + title, "en", "Decision " + title));
        input.put("session", session);
        input.put("tags", List.of("budget", "t-" + title.length()));
        return secretariat().body(input).post("/api/v1/documents").then().statusCode(201).extract().path("id");
    }

    static String measure(String document, String parent, String lead, List<String> contributors) {
        Map<String, Object> input = new HashMap<>();
        if (document != null) {
            input.put("document", document);
        }
        if (parent != null) {
            input.put("parent", parent);
        }
        input.put("titles", Map.of("ru", "Мера " + unique(), "en", "Measure"));
        input.put("lead", lead);
        input.put("contributors", contributors);
        input.put("startDate", TODAY.minusDays(100).toString());
        input.put("dueDate", TODAY.plusDays(ThreadLocalRandom.current().nextInt(-30, 300)).toString());
        return secretariat().body(input).post("/api/v1/measures").then().statusCode(201).extract().path("id");
    }

    static void report(String measure, int progress, int evidence) {
        Map<String, Object> input = new HashMap<>();
        input.put("reportedOn", TODAY.toString());
        input.put("reportingParty", "SEC");
        input.put("texts", Map.of("ru", "Отчёт", "en", "Report"));
        input.put("progress", progress);
        input.put("evidence", java.util.stream.IntStream.range(0, evidence)
                .mapToObj(i -> Map.of("title", "Minutes " + i, "url", "https://example.org/minutes/" + i)).toList());
        secretariat().body(input).post("/api/v1/measures/" + measure + "/reports").then().statusCode(201);
    }

    @Test
    void sessionListCostsTheSameForAPageOf1AndOf100() {
        int year = ThreadLocalRandom.current().nextInt(1900, 1950);
        for (int i = 0; i < 28; i++) {
            createSession(session(year, 1 + i, "Budget " + i));
        }
        long one = sql.count(() -> reader().queryParam("year", year).queryParam("size", 1).get("/api/v1/sessions")
                .then().statusCode(200).body("items", hasSize(1)));
        long hundred = sql.count(() -> reader().queryParam("year", year).queryParam("size", 100).get("/api/v1/sessions")
                .then().statusCode(200).body("items", hasSize(28)).body("items[27].agenda", hasSize(2))
                .body("items[27].attendees", hasSize(4)));
        long unfiltered = sql.count(() -> reader().queryParam("size", 100).queryParam("sort", "body,-date").get("/api/v1/sessions")
                .then().statusCode(200));
        assertEquals(one, hundred, "statements for a page of 1 and a page of 100");
        assertEquals(one, unfiltered, "statements for an unfiltered page of 100");
        // count, page, attendees of the page, agenda of the page
        assertTrue(hundred <= 4, "session list budget 4: " + hundred);
    }

    @Test
    void sessionDetailCostsTheSameWithNoDocumentsAndWithMany() {
        int year = ThreadLocalRandom.current().nextInt(1900, 1950);
        String empty = createSession(session(year, 1, "Empty"));
        String full = createSession(session(year, 2, "Full"));
        for (int i = 0; i < 25; i++) {
            documentOf(full, unique() + "-" + i);
        }
        long none = sql.count(() -> reader().get("/api/v1/sessions/" + empty).then().statusCode(200).body("documents", hasSize(0)));
        long many = sql.count(() -> reader().get("/api/v1/sessions/" + full).then().statusCode(200).body("documents", hasSize(25)));
        assertEquals(none, many, "statements for a session with 0 and with 25 documents");
        // session, attendees, agenda, documents
        assertTrue(many <= 4, "session detail budget 4: " + many);
    }

    @Test
    void reportTimelineCostsTheSameForOneReportAndForMany() {
        String doc = adopted("PROGRAMME", "Программа " + unique(), "Programme", "2024-11-28", List.of());
        String few = measure(doc, null, "TJ", List.of());
        String busy = measure(doc, null, "TJ", List.of("RU", "KZ"));
        report(few, 5, 0);
        for (int i = 0; i < 40; i++) {
            report(busy, i + 1, 1 + i % 3);
        }
        long one = sql.count(() -> reader().get("/api/v1/measures/" + few + "/reports").then().statusCode(200)
                .body("items", hasSize(1)));
        long forty = sql.count(() -> reader().queryParam("size", 100).get("/api/v1/measures/" + busy + "/reports").then()
                .statusCode(200).body("items", hasSize(40)).body("items[39].evidence", hasSize(1 + 39 % 3)));
        long newestFirst = sql.count(() -> reader().queryParam("size", 1).queryParam("sort", "-reportedOn")
                .get("/api/v1/measures/" + busy + "/reports").then().statusCode(200).body("items", hasSize(1)));
        assertEquals(one, forty, "statements for a timeline of 1 and of 40 reports");
        assertEquals(one, newestFirst, "statements for a page of 1 of 40");
        // measure, count, page, evidence of the page
        assertTrue(forty <= 4, "timeline budget 4: " + forty);
    }

    @Test
    void sessionRollUpCostsTheSameForOneDocumentAndForMany() {
        int year = ThreadLocalRandom.current().nextInt(1900, 1950);
        String small = createSession(session(year, 3, "Small"));
        String big = createSession(session(year, 4, "Big"));
        String single = documentOf(small, unique());
        measure(single, null, "KZ", List.of());
        int measures = 0;
        for (int d = 0; d < 6; d++) {
            String doc = documentOf(big, unique() + "-" + d);
            String top = measure(doc, null, "RU", List.of("BY"));
            measures++;
            for (int i = 0; i < 4; i++) {
                String stage = measure(null, top, "KZ", List.of("JS"));
                measure(null, stage, "TJ", List.of());
                measures += 2;
            }
        }
        int expected = measures;
        long one = sql.count(() -> reader().get("/api/v1/sessions/" + small + "/implementation").then().statusCode(200)
                .body("measures", equalTo(1)));
        long many = sql.count(() -> reader().get("/api/v1/sessions/" + big + "/implementation").then().statusCode(200)
                .body("measures", equalTo(expected)).body("parts", hasSize(6)));
        assertEquals(one, many, "statements for a roll-up of 1 and of " + expected + " measures");
        // session, documents, measures
        assertTrue(many <= 3, "session roll-up budget 3: " + many);
    }

    @Test
    void partyMeasuresCostTheSameForAPageOf1AndOf100() {
        String lead = "CSSC";
        for (int d = 0; d < 3; d++) {
            String doc = adopted("PLAN", "План " + unique(), "Plan", "2024-11-28", List.of());
            for (int i = 0; i < 10; i++) {
                measure(doc, null, lead, List.of("RU", "JS"));
            }
        }
        long one = sql.count(() -> reader().queryParam("size", 1).get("/api/v1/parties/" + lead + "/measures").then()
                .statusCode(200).body("items", hasSize(1)));
        long hundred = sql.count(() -> reader().queryParam("size", 100).get("/api/v1/parties/" + lead + "/measures").then()
                .statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(30)));
        assertEquals(one, hundred, "statements for a page of 1 and of 100");
        // count, page, contributors of the page, documents of the page
        assertTrue(hundred <= 4, "party measures budget 4: " + hundred);
    }

    @Test
    void measureDetailCostsTheSameForALeafAndForABusyParent() {
        String doc = adopted("PROGRAMME", "Программа " + unique(), "Programme", "2024-11-28", List.of());
        String leaf = measure(doc, null, "TJ", List.of());
        String parent = measure(doc, null, "TJ", List.of("RU", "KZ", "JS", "SEC"));
        for (int i = 0; i < 12; i++) {
            String child = measure(null, parent, "KG", List.of("BY"));
            report(child, 10 + i, 1);
        }
        long leafCount = sql.count(() -> reader().get("/api/v1/measures/" + leaf).then().statusCode(200));
        long parentCount = sql.count(() -> reader().get("/api/v1/measures/" + parent).then().statusCode(200)
                .body("children", equalTo(12)).body("contributors", hasSize(4)));
        assertEquals(leafCount, parentCount, "statements for a leaf and for a parent of 12");
        // measure, its document, its contributors
        assertTrue(parentCount <= 3, "measure detail budget 3: " + parentCount);
    }

    @Test
    void referenceListsCostOneStatementEach() {
        long states = sql.count(() -> reader().get("/api/v1/member-states").then().statusCode(200).body("code", hasSize(6)));
        long bodies = sql.count(() -> reader().get("/api/v1/bodies").then().statusCode(200));
        long chairmanships = sql.count(() -> reader().get("/api/v1/chairmanships").then().statusCode(200));
        long onDate = sql.count(() -> reader().queryParam("on", "2024-11-28").get("/api/v1/chairmanships").then().statusCode(200));
        assertTrue(states <= 1, "member-states budget 1: " + states);
        assertTrue(bodies <= 1, "bodies budget 1: " + bodies);
        assertTrue(chairmanships <= 1, "chairmanships budget 1: " + chairmanships);
        assertTrue(onDate <= 1, "chairmanship on a date budget 1: " + onDate);
    }
}
