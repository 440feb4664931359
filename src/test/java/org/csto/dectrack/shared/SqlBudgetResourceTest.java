package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.reader;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.SqlStatements;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * SQL budgets of the list, detail and roll-up endpoints: the statements one request prepares stay the same whatever the
 * page size and the amount of related data, and never exceed the number written in each test.
 */
@QuarkusTest
class SqlBudgetResourceTest {
    static final LocalDate TODAY = TestClock.today();

    @Inject
    SqlStatements sql;

    /** Each request prepares as many statements as the first, and that is at most {@code budget}. */
    void assertSameCost(int budget, String what, Runnable... requests) {
        long first = sql.count(requests[0]);
        for (int i = 1; i < requests.length; i++) {
            assertEquals(first, sql.count(requests[i]), what + ": statements of request " + (i + 1) + " and of request 1");
        }
        assertTrue(first <= budget, what + " budget " + budget + ": " + first);
    }

    static Sessions session(LocalDate start) {
        return Sessions.held(start).with("city", "Budget").with("attendees", List.of("RU", "BY", "KZ", "KG"))
                .with("agenda", List.of(Sessions.item("О плане", "On the plan", "Adopted"),
                        Sessions.item("О бюджете", "On the budget", null)));
    }

    static String documentOf(String session) {
        return Documents.draft("DECISION").at(session).with("tags", List.of("budget")).create();
    }

    static String programme() {
        return Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
    }

    /** A measure with contributors, started 100 days ago and due on a day that varies with {@code n}. */
    static Measures measure(Measures measure, String lead, List<String> contributors, int n) {
        return measure.with("lead", lead).with("contributors", contributors)
                .with("startDate", TODAY.minusDays(100)).with("dueDate", TODAY.plusDays(n * 37 % 330 - 30));
    }

    @Test
    void sessionListCostsTheSameForAPageOf1AndOf100() {
        int year = ReservedYear.SESSION_LIST_BUDGET.year();
        for (int i = 0; i < 28; i++) {
            session(LocalDate.of(year, 3, 1 + i)).with("city", "Budget " + i).create();
        }
        // count (capped), page, attendees of the page, agenda of the page
        assertSameCost(4, "session list",
                () -> reader().queryParam("year", year).queryParam("size", 1).get("/api/v1/sessions")
                        .then().statusCode(200).body("items", hasSize(1)),
                () -> reader().queryParam("year", year).queryParam("size", 100).get("/api/v1/sessions")
                        .then().statusCode(200).body("items", hasSize(28)).body("items[27].agenda", hasSize(2))
                        .body("items[27].attendees", hasSize(4)),
                () -> reader().queryParam("size", 100).queryParam("sort", "body,-date").get("/api/v1/sessions")
                        .then().statusCode(200));
    }

    @Test
    void sessionDetailCostsTheSameWithNoDocumentsAndWithMany() {
        String empty = session(ReservedYear.SCRATCH.on(3, 1)).create();
        String full = session(ReservedYear.SCRATCH.on(3, 2)).create();
        for (int i = 0; i < 25; i++) {
            documentOf(full);
        }
        // session, attendees, agenda, documents
        assertSameCost(4, "session detail",
                () -> reader().get("/api/v1/sessions/" + empty).then().statusCode(200).body("documents", hasSize(0)),
                () -> reader().get("/api/v1/sessions/" + full).then().statusCode(200).body("documents", hasSize(25)));
    }

    @Test
    void reportTimelineCostsTheSameForOneReportAndForMany() {
        String doc = programme();
        String few = measure(Measures.of(doc), "TJ", List.of(), 0).create();
        String busy = measure(Measures.of(doc), "TJ", List.of("RU", "KZ"), 1).create();
        Reports.on(few).with("progress", 5).create();
        for (int i = 0; i < 40; i++) {
            Reports.on(busy).with("progress", i + 1).with("evidence", Reports.evidence(1 + i % 3)).create();
        }
        // measure, count, page, evidence of the page, activities the page's reports cite
        assertSameCost(5, "timeline",
                () -> reader().get("/api/v1/measures/" + few + "/reports").then().statusCode(200).body("items", hasSize(1)),
                () -> reader().queryParam("size", 100).get("/api/v1/measures/" + busy + "/reports").then().statusCode(200)
                        .body("items", hasSize(40)).body("items[39].evidence", hasSize(1 + 39 % 3)),
                () -> reader().queryParam("size", 1).queryParam("sort", "-reportedOn").get("/api/v1/measures/" + busy + "/reports")
                        .then().statusCode(200).body("items", hasSize(1)));
    }

    @Test
    void sessionRollUpCostsTheSameForOneDocumentAndForMany() {
        String small = session(ReservedYear.SCRATCH.on(3, 3)).create();
        String big = session(ReservedYear.SCRATCH.on(3, 4)).create();
        measure(Measures.of(documentOf(small)), "KZ", List.of(), 0).create();
        int measures = 0;
        for (int d = 0; d < 6; d++) {
            String top = measure(Measures.of(documentOf(big)), "RU", List.of("BY"), measures++).create();
            for (int i = 0; i < 4; i++) {
                String stage = measure(Measures.under(top), "KZ", List.of("JS"), measures++).create();
                measure(Measures.under(stage), "TJ", List.of(), measures++).create();
            }
        }
        int expected = measures;
        // session, documents, their links (none), measures
        assertSameCost(4, "session roll-up",
                () -> reader().get("/api/v1/sessions/" + small + "/implementation").then().statusCode(200)
                        .body("measures", equalTo(1)),
                () -> reader().get("/api/v1/sessions/" + big + "/implementation").then().statusCode(200)
                        .body("measures", equalTo(expected)).body("parts", hasSize(6)));
    }

    @Test
    void rollUpsThroughRelationsCostTheSameForOneRelatedDocumentAndForMany() {
        String session = session(ReservedYear.SCRATCH.on(3, 5)).create();
        String small = documentOf(session);
        String approved = programme();
        Documents.relate(small, "APPROVES", approved);
        measure(Measures.of(approved), "KZ", List.of(), 0).create();
        String big = documentOf(session);
        int measures = 0;
        for (int d = 0; d < 6; d++) {
            String programme = programme();
            Documents.relate(big, "APPROVES", programme);
            String plan = Documents.adopted("PLAN", ReservedYear.SCRATCH.on(11, 28)).create();
            Documents.relate(plan, "IMPLEMENTS", big);
            String stage = measure(Measures.of(programme), "TJ", List.of("RU"), measures++).create();
            measure(Measures.under(stage), "KZ", List.of(), measures++).create();
            measure(Measures.of(plan), "RU", List.of("JS"), measures++).create();
        }
        int expected = measures;
        // document, the links of each level (the related documents, then theirs: none), measures
        assertSameCost(4, "document roll-up through relations",
                () -> reader().get("/api/v1/documents/" + small + "/implementation").then().statusCode(200)
                        .body("measures", equalTo(1)).body("documents", hasSize(2)),
                () -> reader().get("/api/v1/documents/" + big + "/implementation").then().statusCode(200)
                        .body("measures", equalTo(expected)).body("documents", hasSize(13)));
        // session, its documents, the links of each level, measures
        assertSameCost(5, "session roll-up through relations",
                () -> reader().get("/api/v1/sessions/" + session + "/implementation").then().statusCode(200)
                        .body("measures", equalTo(expected + 1)).body("documents", hasSize(15)));
    }

    @Test
    void partyMeasuresCostTheSameForAPageOf1AndOf100() {
        String lead = Unique.bodyCode();
        admin().body(Map.of("code", lead, "names", Map.of("ru", "Группа " + lead), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then().statusCode(201);
        for (int d = 0; d < 3; d++) {
            String doc = Documents.adopted("PLAN", ReservedYear.SCRATCH.on(11, 28)).create();
            for (int i = 0; i < 10; i++) {
                measure(Measures.of(doc), lead, List.of("RU", "JS"), d * 10 + i).create();
            }
        }
        // count, page, contributors of the page, documents of the page
        assertSameCost(4, "party measures",
                () -> reader().queryParam("size", 1).get("/api/v1/parties/" + lead + "/measures").then().statusCode(200)
                        .body("items", hasSize(1)),
                () -> reader().queryParam("size", 100).get("/api/v1/parties/" + lead + "/measures").then().statusCode(200)
                        .body("items", hasSize(30)));
    }

    @Test
    void measureDetailCostsTheSameForALeafAndForABusyParent() {
        String doc = programme();
        String leaf = measure(Measures.of(doc), "TJ", List.of(), 0).create();
        String parent = measure(Measures.of(doc), "TJ", List.of("RU", "KZ", "JS", "SEC"), 1).create();
        for (int i = 0; i < 12; i++) {
            String child = measure(Measures.under(parent), "KG", List.of("BY"), i).create();
            Reports.on(child).with("progress", 10 + i).with("evidence", Reports.evidence(1)).create();
        }
        // measure, its document, its contributors
        assertSameCost(3, "measure detail",
                () -> reader().get("/api/v1/measures/" + leaf).then().statusCode(200),
                () -> reader().get("/api/v1/measures/" + parent).then().statusCode(200)
                        .body("children", equalTo(12)).body("contributors", hasSize(4)));
    }

    @Test
    void measureListAndDocumentRollUpCostTheSameForOneMeasureAndForAHundred() {
        String doc = programme();
        String lead = "BY";
        List<String> stages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stages.add(Measures.of(doc).titled("Этап " + i).with("lead", lead)
                    .with("startDate", TODAY.minusDays(50)).with("dueDate", TODAY.plusDays(100)).create());
        }
        for (int i = 0; i < 96; i++) {
            Measures.under(stages.get(i % 4)).titled("Задача " + i).with("lead", lead).with("contributors", List.of("JS", "SEC"))
                    .with("startDate", TODAY.minusDays(50)).with("dueDate", TODAY.plusDays(i)).create();
        }
        String cursor = reader().queryParam("document", doc).queryParam("size", 10).queryParam("sort", "-dueDate")
                .get("/api/v1/measures").then().statusCode(200).extract().path("next");
        // count (capped), page, contributors of the page, documents of the page, by page number or after a cursor
        assertSameCost(4, "measure list",
                () -> reader().queryParam("document", doc).queryParam("size", 1).get("/api/v1/measures")
                        .then().statusCode(200).body("items", hasSize(1)),
                () -> reader().queryParam("document", doc).queryParam("size", 100).queryParam("sort", "-dueDate")
                        .queryParam("cursor", cursor).get("/api/v1/measures").then().statusCode(200).body("items", hasSize(90)),
                () -> reader().queryParam("document", doc).queryParam("size", 100).queryParam("lead", lead)
                        .queryParam("overdue", "false").get("/api/v1/measures").then().statusCode(200).body("items", hasSize(100)));

        String small = programme();
        Measures.of(small).titled("Одна").with("lead", lead).create();
        // document, its links (none), measures
        assertSameCost(3, "document roll-up",
                () -> reader().get("/api/v1/documents/" + small + "/implementation").then().statusCode(200),
                () -> reader().get("/api/v1/documents/" + doc + "/implementation").then().statusCode(200)
                        .body("measures", equalTo(100)));
    }

    @Test
    void documentListCostsTheSameForAPageOf1AndOf100() {
        String tag = "budget-" + Unique.word();
        for (int i = 0; i < 100; i++) {
            Documents.adopted("DECISION", ReservedYear.SCRATCH.on(1 + i % 9, 10)).titled("Решение " + i + " " + tag, "Decision " + i)
                    .with("tags", List.of(tag, "extra-" + i % 3)).create();
        }
        String cursor = reader().queryParam("tag", tag).queryParam("size", 1).get("/api/v1/documents").then().statusCode(200)
                .extract().path("next");
        // count (capped), page and tags of the page, by page number or after a cursor
        assertSameCost(3, "document list",
                () -> reader().queryParam("tag", tag).queryParam("size", 1).get("/api/v1/documents")
                        .then().statusCode(200).body("items", hasSize(1)),
                () -> reader().queryParam("tag", tag).queryParam("size", 100).queryParam("cursor", cursor).get("/api/v1/documents")
                        .then().statusCode(200).body("items", hasSize(99)).body("next", equalTo(null)),
                () -> reader().queryParam("tag", tag).queryParam("size", 100).get("/api/v1/documents")
                        .then().statusCode(200).body("items", hasSize(100)).body("items[99].tags", hasSize(2)));
        // a search adds one: how many documents the words match (capped), which decides how the page is read
        assertSameCost(4, "document search",
                () -> reader().queryParam("q", tag).queryParam("size", 1).get("/api/v1/documents")
                        .then().statusCode(200).body("items", hasSize(1)),
                () -> reader().queryParam("q", tag).queryParam("notSignedBy", "AM").queryParam("size", 100)
                        .queryParam("legalForce", "IN_FORCE").get("/api/v1/documents").then().statusCode(200)
                        .body("items", hasSize(100)));
    }

    @Test
    void documentDetailCostsTheSameWhateverItCarries() {
        String bare = Documents.adopted("DECISION", ReservedYear.SCRATCH.on(2, 2)).create();
        String rich = Documents.adopted("DECISION", ReservedYear.SCRATCH.on(2, 2)).with("tags", List.of("a", "b")).create();
        for (String state : List.of("BY", "KG", "KZ", "RU", "TJ")) {
            Documents.position(rich, state, Map.of("position", "SIGNED"));
        }
        for (int i = 0; i < 3; i++) {
            String other = Documents.adopted("DECISION", ReservedYear.SCRATCH.on(2, 2)).create();
            Documents.relate(rich, "REFERS_TO", other);
            Documents.relate(other, "IMPLEMENTS", rich);
        }
        // document with tags and attachments, every state with its position, relations out, relations in
        assertSameCost(4, "document detail",
                () -> reader().get("/api/v1/documents/" + bare).then().statusCode(200),
                () -> reader().get("/api/v1/documents/" + rich).then().statusCode(200)
                        .body("relations.outgoing", hasSize(3)).body("relations.incoming", hasSize(3)));
        reader().get("/api/v1/documents/" + rich).then().body("positions.findAll { it.recorded }.state", not(hasItem("AM")));
    }

    @Test
    void summingUpCostsTheSameForAFullYearAndAnEarlierOne() {
        // sessions, documents, positions, notifications, entries into force, measures due (2: with and without a report
        // after the day), completed, reports, overdue (2)
        assertSameCost(11, "summing-up",
                () -> reader().get("/api/v1/summing-up/2024").then().statusCode(200),
                () -> reader().get("/api/v1/summing-up/2019").then().statusCode(200));
    }

    @Test
    void referenceListsCostOneStatementEach() {
        assertSameCost(1, "member-states",
                () -> reader().get("/api/v1/member-states").then().statusCode(200).body("code", hasSize(6)));
        assertSameCost(1, "bodies", () -> reader().get("/api/v1/bodies").then().statusCode(200));
        assertSameCost(1, "chairmanships", () -> reader().get("/api/v1/chairmanships").then().statusCode(200));
        assertSameCost(1, "chairmanship on a date",
                () -> reader().queryParam("on", "2024-11-28").get("/api/v1/chairmanships").then().statusCode(200));
    }
}
