package org.csto.dectrack.implementation;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups follow the documents: a decision's covers the programme it approves (and that programme's annex) and the
 * plan implementing it; a session's weighs its documents, each with what it reaches, counting every measure once.
 */
@QuarkusTest
class RollUpThroughRelationsResourceTest {
    private static final LocalDate TODAY = TestClock.today();
    private static final LocalDate ADOPTED = ReservedYear.SCRATCH.on(6, 1);

    /** A prefix no other test's references share, so that the references of one test sort in creation order. */
    private final String prefix = "RU" + Unique.word().toUpperCase(Locale.ROOT) + "-";
    /** Open measures due before today, cancelled after each test (the summing-up counts every overdue measure). */
    private final List<String> overdue = new ArrayList<>();

    private String document(String type, String reference) {
        return Documents.adopted(type, ADOPTED).with("reference", prefix + reference).create();
    }

    private static String measure(Measures measure, int weight) {
        return measure.with("weight", weight).create();
    }

    private static void progress(String measure, int progress) {
        Reports.on(measure).with("progress", progress).create();
    }

    private static void complete(String measure) {
        progress(measure, 100);
        Reports.on(measure).with("status", "COMPLETED").create();
    }

    private String overdueMeasure(Measures measure, int progress) {
        String id = measure.with("startDate", TODAY.minusDays(100)).with("dueDate", TODAY.minusDays(5)).create();
        progress(id, progress);
        overdue.add(id);
        return id;
    }

    @AfterEach
    void cancelOverdueMeasures() {
        overdue.forEach(id -> Reports.on(id).with("status", "CANCELLED").with("reason", "Test over").create());
    }

    private static ValidatableResponse covered(ValidatableResponse rollUp, String reference, String relation, String via,
                                               float progress, String status, int measures) {
        String entry = "documents.find { it.reference == '" + reference + "' }.";
        return rollUp.body(entry + "relation", equalTo(relation)).body(entry + "via", equalTo(via))
                .body(entry + "progress", equalTo(progress)).body(entry + "status", equalTo(status))
                .body(entry + "measures", equalTo(measures));
    }

    @Test
    void aDecisionsRollUpCoversWhatItApprovesAndWhatImplementsItEachOnce() throws Exception {
        String decision = document("DECISION", "D");
        String programme = document("PROGRAMME", "P");
        String annex = document("PROGRAMME", "PA");
        String plan = document("PLAN", "PL");
        String hidden = Documents.adopted("PROGRAMME", ADOPTED).with("reference", prefix + "H")
                .with("classification", "CONFIDENTIAL").create();
        Documents.relate(decision, "APPROVES", programme);
        Documents.relate(programme, "APPROVES", annex);
        Documents.relate(annex, "APPROVES", decision); // a cycle: cut where it closes
        Documents.relate(plan, "IMPLEMENTS", decision);
        Documents.relate(decision, "APPROVES", hidden);

        String own = measure(Measures.of(decision), 1);
        progress(own, 40);
        String stage = measure(Measures.of(programme), 2);
        complete(measure(Measures.under(stage), 1));
        overdueMeasure(Measures.under(stage), 10);
        measure(Measures.of(annex).with("startDate", TODAY.minusDays(20)).with("dueDate", TODAY.plusDays(10)), 1);
        progress(measure(Measures.of(plan), 1), 60);
        progress(measure(Measures.of(hidden), 1), 90);

        String rollUp = "/api/v1/documents/" + decision + "/implementation";
        // stage (100 + 10) / 2 = 55; overall (40×1 + 55×2 + 0×1 + 60×1) / 5 = 42
        ValidatableResponse asReader = reader().get(rollUp).then().statusCode(200)
                .body("subject", equalTo(prefix + "D"))
                .body("progress", equalTo(42.0f)).body("status", equalTo("IN_PROGRESS"))
                .body("measures", equalTo(6))
                .body("byStatus.IN_PROGRESS", equalTo(4)).body("byStatus.COMPLETED", equalTo(1))
                .body("byStatus.PLANNED", equalTo(1)).body("byStatus.CANCELLED", equalTo(0))
                .body("overdue", equalTo(1)).body("atRisk", equalTo(1))
                .body("nextDeadline", equalTo(TODAY.plusDays(10).toString()))
                .body("late", hasSize(1)).body("late[0].daysLate", equalTo(5))
                .body("parts.progress", contains(40.0f, 55.0f, 0.0f, 60.0f))
                .body("parts.measures", contains(1, 3, 1, 1))
                .body("documents.reference", contains(prefix + "D", prefix + "P", prefix + "PL", prefix + "PA"));
        covered(asReader, prefix + "D", null, null, 40.0f, "IN_PROGRESS", 1);
        covered(asReader, prefix + "P", "APPROVES", prefix + "D", 55.0f, "IN_PROGRESS", 3);
        covered(asReader, prefix + "PL", "IMPLEMENTED_BY", prefix + "D", 60.0f, "IN_PROGRESS", 1);
        covered(asReader, prefix + "PA", "APPROVES", prefix + "P", 0.0f, "PLANNED", 1);
        // The reader may not see the confidential programme: neither its reference nor its measure is there.
        asReader.body("documents.reference", not(org.hamcrest.Matchers.hasItem(prefix + "H")))
                .body("parts.subject", not(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(prefix + "H"))));
        // The Secretariat sees it: (210 + 90×1) / 6 = 50.
        secretariat().get(rollUp).then().statusCode(200)
                .body("progress", equalTo(50.0f)).body("measures", equalTo(7))
                .body("documents.reference", contains(prefix + "D", prefix + "H", prefix + "P", prefix + "PL", prefix + "PA"));

        // From the annex, the cycle leads back to the decision: the same six measures, each once.
        reader().get("/api/v1/documents/" + annex + "/implementation").then().statusCode(200)
                .body("progress", equalTo(42.0f)).body("measures", equalTo(6))
                .body("documents.reference", contains(prefix + "PA", prefix + "D", prefix + "P", prefix + "PL"))
                .body("documents.via", contains(null, prefix + "PA", prefix + "D", prefix + "D"));
        // A plan does not feed on what it implements.
        reader().get("/api/v1/documents/" + plan + "/implementation").then().statusCode(200)
                .body("progress", equalTo(60.0f)).body("measures", equalTo(1)).body("documents.reference", contains(prefix + "PL"));

        // As recorded before a new approval, the roll-up is the one given then; as of yesterday, before any report.
        Map<String, Object> before = reader().get(rollUp).then().extract().jsonPath().getMap("");
        Thread.sleep(5);
        Instant then = Instant.now();
        Thread.sleep(5);
        String later = document("PLAN", "L");
        progress(measure(Measures.of(later), 1), 90);
        Documents.relate(decision, "APPROVES", later);
        reader().get(rollUp).then().body("measures", equalTo(7)).body("progress", equalTo(50.0f));
        assertEquals(before, reader().queryParam("recordedAsOf", then.toString()).get(rollUp).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        reader().queryParam("asOf", TODAY.minusDays(1).toString()).get(rollUp).then().statusCode(200)
                .body("measures", equalTo(7)).body("byStatus.PLANNED", equalTo(7)).body("progress", equalTo(0.0f))
                .body("documents", hasSize(5));
    }

    @Test
    void aSessionWeighsItsDocumentsAndCountsAPlanImplementingTwoOfThemOnce() {
        String session = Sessions.held(ReservedYear.SCRATCH.on(6, 2)).create();
        String first = Documents.adopted("DECISION", ADOPTED).at(session).with("reference", prefix + "X1").create();
        String second = Documents.adopted("DECISION", ADOPTED).at(session).with("reference", prefix + "X2").create();
        String approved = Documents.adopted("PROGRAMME", ADOPTED).at(session).with("reference", prefix + "X3").create();
        String plan = document("PLAN", "Q");
        Documents.relate(first, "APPROVES", approved);
        Documents.relate(plan, "IMPLEMENTS", first);
        Documents.relate(plan, "IMPLEMENTS", second);

        progress(measure(Measures.of(first), 1), 10);
        progress(measure(Measures.of(second), 1), 80);
        complete(measure(Measures.of(approved), 1));
        overdueMeasure(Measures.of(plan), 40);

        // X1 with X3 and the plan: (10 + 100 + 40) / 3 = 50; X2 with the plan: (80 + 40) / 2 = 60; the session: 55.
        // X3 counts inside X1, not beside it; the plan's measure is counted once.
        ValidatableResponse rollUp = reader().get("/api/v1/sessions/" + session + "/implementation").then().statusCode(200)
                .body("progress", equalTo(55.0f)).body("status", equalTo("IN_PROGRESS"))
                .body("measures", equalTo(4))
                .body("byStatus.IN_PROGRESS", equalTo(3)).body("byStatus.COMPLETED", equalTo(1))
                .body("overdue", equalTo(1)).body("late", hasSize(1))
                .body("parts.subject", contains(prefix + "X1", prefix + "X2"))
                .body("parts.progress", contains(50.0f, 60.0f))
                .body("parts.measures", contains(3, 2))
                .body("parts.overdue", contains(1, 1))
                .body("documents.reference", contains(prefix + "X1", prefix + "X3", prefix + "Q", prefix + "X2"));
        covered(rollUp, prefix + "X3", "APPROVES", prefix + "X1", 100.0f, "COMPLETED", 1);
        covered(rollUp, prefix + "Q", "IMPLEMENTED_BY", prefix + "X1", 40.0f, "IN_PROGRESS", 1);
        covered(rollUp, prefix + "X2", null, null, 80.0f, "IN_PROGRESS", 1);
        // Each part is the document's own roll-up.
        reader().get("/api/v1/documents/" + second + "/implementation").then().statusCode(200)
                .body("progress", equalTo(60.0f)).body("measures", equalTo(2)).body("documents.via", contains(null, prefix + "X2"))
                .body("documents[0].relation", nullValue());
    }
}
