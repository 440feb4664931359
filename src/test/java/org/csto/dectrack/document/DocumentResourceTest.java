package org.csto.dectrack.document;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTest {
    /** Dates of documents that tests reach by id or unique title: see ReservedYear.SCRATCH. */
    static LocalDate scratch(int month, int day) {
        return ReservedYear.SCRATCH.on(month, day);
    }

    static String adoptedDecision(LocalDate on) {
        return Documents.adopted("DECISION", on).create();
    }

    private static String astanaSessionId() {
        return reader().queryParam("body", "CSC").queryParam("year", 2024).get("/api/v1/sessions")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void astanaDocumentsWithTheProgrammeAndItsApprovingDecision() {
        String session = astanaSessionId();
        Response page = reader().queryParam("session", session).queryParam("sort", "reference").queryParam("size", 50)
                .get("/api/v1/documents");
        page.then().statusCode(200)
                .body("items.reference", hasItem("CSC-2024-01"))
                .body("items.reference", hasItem("CSC-2024-02A"))
                .body("items.session", everyItem(equalTo(session)));
        List<String> references = page.path("items.reference");
        List<String> sorted = new ArrayList<>(references);
        sorted.sort(null);
        assertEquals(sorted, references, "sorted by reference");

        reader().get("/api/v1/documents/by-reference/CSC-2024-02A").then().statusCode(200)
                .body("type", equalTo("PROGRAMME"))
                .body("validFrom", equalTo("2025-01-01"))
                .body("validTo", equalTo("2029-12-31"))
                .body("relations.incoming.type", hasItem("APPROVED_BY"))
                .body("relations.incoming.document.reference", hasItem("CSC-2024-02"));
        reader().get("/api/v1/documents/by-reference/CSC-2024-02").then().statusCode(200)
                .body("relations.outgoing.type", hasItem("APPROVES"))
                .body("positions", hasSize(6))
                .body("positions.find { it.state == 'AM' }.position", equalTo("REFRAINED_NO_OBJECTION"))
                .body("positions.find { it.state == 'KZ' }.position", equalTo("SIGNED"));
        reader().get("/api/v1/documents/by-reference/CSC-2024-07").then().statusCode(200)
                .body("positions.find { it.state == 'AM' }.summary", equalTo("none recorded"))
                .body("positions.find { it.state == 'AM' }.recorded", equalTo(false))
                .body("ratifications.find { it.state == 'RU' }.ratifiedOn", equalTo("2025-07-31"))
                .body("relations.outgoing[0].type", equalTo("AMENDS"));

        reader().get("/api/v1/sessions/" + session).then().statusCode(200)
                .body("documents.reference", hasItem("CSC-2024-09"))
                .body("documents[0].adoptionStatus", equalTo("ADOPTED"));
    }

    @Test
    void searchIgnoresCaseInRussianAndEnglish() {
        for (String q : List.of("border", "BORDER", "таджикско", "ГРАНИЦ", "Tajik-Afghan")) {
            reader().queryParam("q", q).queryParam("size", 100).get("/api/v1/documents").then().statusCode(200)
                    .body("items.reference", hasItem("CSC-2024-02A"));
        }
        reader().queryParam("q", "100%_!").get("/api/v1/documents").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void signedByAndNotSignedBy() {
        Response notSigned = reader().queryParam("notSignedBy", "AM").queryParam("year", 2024).queryParam("size", 100)
                .get("/api/v1/documents");
        notSigned.then().statusCode(200)
                .body("items.reference", hasItem("CSC-2024-01"))
                .body("items.reference", hasItem("CSC-2024-07"))
                .body("items.reference", hasItem("CSC-2024-09"));
        reader().queryParam("signedBy", "AM").queryParam("year", 2024).get("/api/v1/documents").then().statusCode(200)
                .body("items", hasSize(0));
        reader().queryParam("signedBy", "KZ").queryParam("year", 2024).queryParam("type", "PROTOCOL").get("/api/v1/documents")
                .then().statusCode(200).body("items.reference", containsInAnyOrder("CSC-2024-07", "CSC-2024-08"));
    }

    @Test
    void protocolEntersIntoForceOnTheFourthNotification() {
        String signed = scratch(3, 1).toString();
        String ratified = scratch(4, 1).toString();
        Documents protocol = Documents.adopted("PROTOCOL", scratch(3, 1)).with("ratificationRequired", true)
                .with("notificationsForEntryIntoForce", 4);
        String id = protocol.create();
        String base = "/api/v1/documents/" + id;
        String[][] states = {{"RU", "05-10"}, {"BY", "06-10"}, {"KZ", "07-10"}, {"TJ", "09-15"}};
        for (int i = 0; i < 3; i++) {
            Documents.ratification(id, states[i][0],
                    Map.of("signedOn", signed, "ratifiedOn", ratified, "notifiedOn", ReservedYear.SCRATCH.year() + "-" + states[i][1]));
        }
        reader().get(base).then().body("legalForce", equalTo("NOT_YET_IN_FORCE")).body("entryIntoForce", nullValue());
        String entry = scratch(9, 15).toString();
        Documents.ratification(id, "TJ", Map.of("signedOn", signed, "ratifiedOn", ratified, "notifiedOn", entry));
        reader().get(base).then().body("legalForce", equalTo("IN_FORCE"))
                .body("entryIntoForce", equalTo(entry))
                .body("ratifications.find { it.state == 'RU' }.entryIntoForce", equalTo(entry))
                .body("ratifications.find { it.state == 'TJ' }.entryIntoForce", equalTo(entry));
        reader().queryParam("legalForce", "IN_FORCE").queryParam("q", protocol.word())
                .get("/api/v1/documents").then().body("items.id", contains(id));

        // A fifth state that signed but has not notified: in force for some states only.
        Documents.ratification(id, "KG", Map.of("signedOn", signed));
        reader().get(base).then().body("legalForce", equalTo("PARTIALLY_IN_FORCE"));
        String etag = reader().get(base + "/ratifications/KG").header("ETag");
        String lateNotice = scratch(2, 1).plusYears(1).toString();
        secretariat().header("If-Match", etag)
                .body(Map.of("signedOn", signed, "ratifiedOn", scratch(1, 10).plusYears(1).toString(), "notifiedOn", lateNotice))
                .put(base + "/ratifications/KG").then().statusCode(200);
        reader().get(base).then().body("legalForce", equalTo("IN_FORCE"))
                .body("ratifications.find { it.state == 'KG' }.entryIntoForce", equalTo(lateNotice));

        assertProblem(secretariat().body(Map.of("signedOn", signed, "ratifiedOn", scratch(2, 1).toString()))
                .put(base + "/ratifications/AM").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("ratifiedOn"));
        assertProblem(secretariat().body(Map.of("signedOn", signed)).put(base + "/ratifications/RU").then(),
                428, "/problems/precondition-required");
        assertProblem(secretariat().body(Map.of("signedOn", signed)).put(base + "/ratifications/XX").then(),
                404, "/problems/not-found");
    }

    @Test
    void ratificationOnlyWhereNeeded() {
        String id = adoptedDecision(scratch(1, 10));
        assertProblem(secretariat().body(Map.of("signedOn", scratch(1, 10).toString())).put("/api/v1/documents/" + id + "/ratifications/RU")
                .then(), 409, "/problems/conflict");
    }

    @Test
    void adoptionNeedsConsensusAndValidTransitions() {
        String id = Documents.draft("DECISION").create();
        String day = scratch(11, 23).toString();
        String base = "/api/v1/documents/" + id;
        reader().get(base).then().body("adoptionStatus", equalTo("DRAFT")).body("legalForce", equalTo("NOT_YET_IN_FORCE"));
        secretariat().body(Map.of("position", "OBJECTED", "date", day)).put(base + "/positions/AM").then().statusCode(201);
        assertProblem(secretariat().body(Map.of("to", "ADOPTED", "adoptedOn", day)).post(base + "/transitions").then(),
                409, "/problems/conflict").body("detail", org.hamcrest.Matchers.containsString("AM"));
        secretariat().body(Map.of("to", "RETURNED_FOR_REVISION", "reason", "Armenia objected")).post(base + "/transitions")
                .then().statusCode(200).body("adoptionStatus", equalTo("RETURNED_FOR_REVISION"));
        assertProblem(secretariat().body(Map.of("to", "ADOPTED")).post(base + "/transitions").then(), 409,
                "/problems/invalid-transition").body("allowed", contains("DRAFT"));
        // If-Match is optional on a transition; when sent, it is checked against the document's current ETag.
        String current = etag(base);
        assertProblem(secretariat().header("If-Match", "\"0\"").body(Map.of("to", "DRAFT")).post(base + "/transitions").then(),
                412, "/problems/precondition-failed");
        secretariat().header("If-Match", current).body(Map.of("to", "DRAFT")).post(base + "/transitions").then().statusCode(200)
                .header("ETag", allOf(notNullValue(), not(equalTo(current))));
        String etag = etag(base + "/positions/AM");
        secretariat().header("If-Match", etag).body(Map.of("position", "SIGNED", "date", day)).put(base + "/positions/AM")
                .then().statusCode(200).body("position", equalTo("SIGNED"));
        assertProblem(secretariat().body(Map.of("to", "ADOPTED")).post(base + "/transitions").then(), 409, "/problems/conflict");
        secretariat().body(Map.of("to", "ADOPTED", "adoptedOn", day, "reason", "Agreed")).post(base + "/transitions")
                .then().statusCode(200).body("adoptionStatus", equalTo("ADOPTED")).body("legalForce", equalTo("IN_FORCE"));
        assertProblem(secretariat().body(Map.of("to", "DRAFT")).post(base + "/transitions").then(), 409,
                "/problems/invalid-transition").body("allowed", hasSize(0));
        reader().get(base + "/transitions").then().statusCode(200).body("to", contains("RETURNED_FOR_REVISION", "DRAFT", "ADOPTED"))
                .body("[0].by", equalTo("secretariat")).body("[0].reason", equalTo("Armenia objected"));
        assertProblem(secretariat().body(Map.of("position", "OBJECTED")).put(base + "/positions/BY").then(), 409, "/problems/conflict");
        assertProblem(secretariat().body(Map.of("to", "PUBLISHED")).post(base + "/transitions").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void protocolDecisionIsSignedByTheChairAlone() {
        String session = Sessions.held(scratch(11, 28)).with("body", "CSC").with("chair", "KZ").create();
        String id = Documents.draft("PROTOCOL_DECISION").at(session).create();
        String base = "/api/v1/documents/" + id;
        assertProblem(secretariat().body(Map.of("position", "SIGNED")).put(base + "/positions/RU").then(), 409, "/problems/conflict");
        secretariat().body(Map.of("to", "ADOPTED")).post(base + "/transitions").then().statusCode(200)
                .body("adoptedOn", equalTo(scratch(11, 28).toString()))
                .body("positions.findAll { it.position == 'SIGNED' }.state", contains("KZ"));
        secretariat().delete("/api/v1/documents/" + id).then().statusCode(428);
    }

    @Test
    void relationsRejectSelfLinksDuplicatesAndCycles() {
        String a = adoptedDecision(scratch(1, 10));
        String b = adoptedDecision(scratch(2, 10));
        String c = adoptedDecision(scratch(3, 10));
        assertProblem(secretariat().body(Map.of("type", "SUPERSEDES", "target", b)).post("/api/v1/documents/" + b + "/relations")
                .then(), 400, "/problems/validation").body("violations[0].field", equalTo("target"));
        String relation = secretariat().body(Map.of("type", "SUPERSEDES", "target", a)).post("/api/v1/documents/" + b + "/relations")
                .then().statusCode(201).body("type", equalTo("SUPERSEDES")).extract().path("id");
        reader().get("/api/v1/documents/" + a).then().body("legalForce", equalTo("SUPERSEDED"))
                .body("relations.incoming[0].type", equalTo("SUPERSEDED_BY"));
        assertProblem(secretariat().body(Map.of("type", "SUPERSEDES", "target", a)).post("/api/v1/documents/" + b + "/relations")
                .then(), 409, "/problems/conflict");
        secretariat().body(Map.of("type", "REPEALS", "target", b)).post("/api/v1/documents/" + c + "/relations").then().statusCode(201);
        assertProblem(secretariat().body(Map.of("type", "SUPERSEDES", "target", c)).post("/api/v1/documents/" + a + "/relations")
                .then(), 409, "/problems/conflict").body("detail", org.hamcrest.Matchers.containsString("cycle"));
        secretariat().body(Map.of("type", "REFERS_TO", "target", c)).post("/api/v1/documents/" + a + "/relations").then().statusCode(201);
        assertProblem(secretariat().body(Map.of("type", "REFERS_TO", "target", "0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01"))
                .post("/api/v1/documents/" + a + "/relations").then(), 400, "/problems/validation");

        String path = "/api/v1/documents/" + b + "/relations/" + relation;
        assertProblem(secretariat().delete(path).then(), 428, "/problems/precondition-required");
        secretariat().header("If-Match", etag(path)).delete(path).then().statusCode(204);
        reader().get("/api/v1/documents/" + a).then().body("legalForce", equalTo("IN_FORCE"));
        reader().queryParam("legalForce", "REPEALED").queryParam("size", 200).get("/api/v1/documents").then()
                .body("items.id", hasItem(b)).body("items.legalForce", everyItem(equalTo("REPEALED")));
    }

    @Test
    void createUpdateDeleteAndValidation() {
        Map<String, Object> input = Documents.adopted("PLAN", scratch(12, 20))
                .with("validFrom", scratch(1, 1).plusYears(1)).with("validTo", scratch(12, 31).plusYears(1))
                .with("tags", List.of("Victory-80"))
                .with("attachments", List.of(Map.of("title", "Текст", "language", "ru", "mediaType", "application/pdf",
                        "url", "https://example.org/plan.pdf"))).input();
        Response created = secretariat().body(input).post("/api/v1/documents");
        created.then().statusCode(201).body("reference", startsWith("CSC-" + ReservedYear.SCRATCH.year() + "-")).body("legalForce", equalTo("EXPIRED"))
                .body("tags", contains("victory-80")).body("attachments[0].mediaType", equalTo("application/pdf"))
                .header("ETag", notNullValue());
        String location = created.header("Location");
        String etag = created.header("ETag");
        input.put("validTo", TestClock.today().plusYears(1).toString());
        secretariat().header("If-Match", etag).body(input).put(location).then().statusCode(200).body("legalForce", equalTo("IN_FORCE"));
        assertProblem(secretariat().header("If-Match", etag).body(input).put(location).then(), 412, "/problems/precondition-failed");
        Map<String, Object> renamed = new java.util.HashMap<>(input);
        renamed.put("reference", "CSC-1999-99");
        assertProblem(secretariat().header("If-Match", etag(location)).body(renamed).put(location).then(), 409, "/problems/conflict");

        Map<String, Object> bad = Documents.draft("DECISION").titled(" ", "No Russian").input();
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("titles.ru"));
        bad = Documents.draft("PLAN").input();
        bad.put("validFrom", "2025-01-01");
        bad.put("validTo", "2024-01-01");
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("validTo"));
        bad = Documents.draft("DECISION").with("adoptionStatus", "ADOPTED").input();
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("adoptedOn"));
        bad = Documents.draft("DECISION").with("reference", "CSC-2024-01").input();
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 409, "/problems/conflict");
        assertProblem(reader().body(Documents.draft("DECISION").input()).post("/api/v1/documents").then(), 403, "/problems/forbidden");
        assertProblem(reader().queryParam("sort", "title").get("/api/v1/documents").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("legalForce", "VALID").get("/api/v1/documents").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().get("/api/v1/documents/by-reference/NOPE-1").then(), 404, "/problems/not-found");

        secretariat().header("If-Match", etag(location)).delete(location).then().statusCode(204);
        assertProblem(reader().get(location).then(), 410, "/problems/gone");
    }

    @Test
    void draftsFollowTheirSessionWhenItIsRescheduled() {
        int from = ReservedYear.RESCHEDULED_FROM.year();
        int to = ReservedYear.RESCHEDULED_TO.year();
        Sessions session = Sessions.held(LocalDate.of(from, 3, 3)).with("status", "PLANNED").with("city", "Moscow");
        String sessionId = session.create();
        String id = Documents.draft("DECISION").at(sessionId).create();
        reader().queryParam("year", from).queryParam("session", sessionId).get("/api/v1/documents").then()
                .body("items.id", contains(id)).header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"));
        session.with("startDate", LocalDate.of(to, 3, 3));
        secretariat().header("If-Match", etag("/api/v1/sessions/" + sessionId)).body(session.input()).put("/api/v1/sessions/" + sessionId)
                .then().statusCode(200);
        reader().queryParam("year", to).queryParam("session", sessionId).get("/api/v1/documents").then().body("items.id", contains(id));
        reader().queryParam("year", from).queryParam("session", sessionId).get("/api/v1/documents").then().body("items", hasSize(0));
    }

    @Test
    void sessionWithDocumentsCannotBeDeleted() {
        String session = astanaSessionId();
        String etag = etag("/api/v1/sessions/" + session);
        assertProblem(secretariat().header("If-Match", etag).delete("/api/v1/sessions/" + session).then(), 409, "/problems/conflict");
    }
}
