package org.csto.dectrack.document;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Documents.adopted;
import static org.csto.dectrack.support.Documents.create;
import static org.csto.dectrack.support.Documents.etag;
import static org.csto.dectrack.support.Documents.input;
import static org.csto.dectrack.support.Documents.unique;
import static org.csto.dectrack.support.Problems.assertProblem;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.SqlStatements;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTest {
    @Inject
    SqlStatements sql;

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
        Map<String, Object> protocol = input("PROTOCOL", "Протокол " + unique(), "Protocol");
        protocol.put("ratificationRequired", true);
        protocol.put("notificationsForEntryIntoForce", 4);
        protocol.put("adoptionStatus", "ADOPTED");
        protocol.put("adoptedOn", "2021-03-01");
        String id = create(protocol);
        String base = "/api/v1/documents/" + id;
        String[][] states = {{"RU", "2021-05-10"}, {"BY", "2021-06-10"}, {"KZ", "2021-07-10"}, {"TJ", "2021-09-15"}};
        for (int i = 0; i < 3; i++) {
            secretariat().body(Map.of("signedOn", "2021-03-01", "ratifiedOn", "2021-04-01", "notifiedOn", states[i][1]))
                    .put(base + "/ratifications/" + states[i][0]).then().statusCode(201);
        }
        reader().get(base).then().body("legalForce", equalTo("NOT_YET_IN_FORCE")).body("entryIntoForce", nullValue());
        secretariat().body(Map.of("signedOn", "2021-03-01", "ratifiedOn", "2021-04-01", "notifiedOn", states[3][1]))
                .put(base + "/ratifications/TJ").then().statusCode(201);
        reader().get(base).then().body("legalForce", equalTo("IN_FORCE"))
                .body("entryIntoForce", equalTo("2021-09-15"))
                .body("ratifications.find { it.state == 'RU' }.entryIntoForce", equalTo("2021-09-15"))
                .body("ratifications.find { it.state == 'TJ' }.entryIntoForce", equalTo("2021-09-15"));
        reader().queryParam("legalForce", "IN_FORCE").queryParam("q", (String) ((Map<?, ?>) protocol.get("titles")).get("ru"))
                .get("/api/v1/documents").then().body("items.id", contains(id));

        // A fifth state that signed but has not notified: in force for some states only.
        secretariat().body(Map.of("signedOn", "2021-03-01")).put(base + "/ratifications/KG").then().statusCode(201);
        reader().get(base).then().body("legalForce", equalTo("PARTIALLY_IN_FORCE"));
        String etag = reader().get(base + "/ratifications/KG").header("ETag");
        secretariat().header("If-Match", etag).body(Map.of("signedOn", "2021-03-01", "ratifiedOn", "2022-01-10", "notifiedOn", "2022-02-01"))
                .put(base + "/ratifications/KG").then().statusCode(200);
        reader().get(base).then().body("legalForce", equalTo("IN_FORCE"))
                .body("ratifications.find { it.state == 'KG' }.entryIntoForce", equalTo("2022-02-01"));

        assertProblem(secretariat().body(Map.of("signedOn", "2021-03-01", "ratifiedOn", "2021-02-01"))
                .put(base + "/ratifications/AM").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("ratifiedOn"));
        assertProblem(secretariat().body(Map.of("signedOn", "2021-03-01")).put(base + "/ratifications/RU").then(),
                428, "/problems/precondition-required");
        assertProblem(secretariat().body(Map.of("signedOn", "2021-03-01")).put(base + "/ratifications/XX").then(),
                404, "/problems/not-found");
    }

    @Test
    void ratificationOnlyWhereNeeded() {
        String id = adopted("DECISION", "Решение " + unique(), "Decision", "2020-01-10", List.of());
        assertProblem(secretariat().body(Map.of("signedOn", "2020-01-10")).put("/api/v1/documents/" + id + "/ratifications/RU")
                .then(), 409, "/problems/conflict");
    }

    @Test
    void adoptionNeedsConsensusAndValidTransitions() {
        Map<String, Object> draft = input("DECISION", "Проект решения " + unique(), "Draft decision");
        String id = create(draft);
        String base = "/api/v1/documents/" + id;
        reader().get(base).then().body("adoptionStatus", equalTo("DRAFT")).body("legalForce", equalTo("NOT_YET_IN_FORCE"));
        secretariat().body(Map.of("position", "OBJECTED", "date", "2022-11-23")).put(base + "/positions/AM").then().statusCode(201);
        assertProblem(secretariat().body(Map.of("to", "ADOPTED", "adoptedOn", "2022-11-23")).post(base + "/transitions").then(),
                409, "/problems/conflict").body("detail", org.hamcrest.Matchers.containsString("AM"));
        secretariat().body(Map.of("to", "RETURNED_FOR_REVISION", "reason", "Armenia objected")).post(base + "/transitions")
                .then().statusCode(200).body("adoptionStatus", equalTo("RETURNED_FOR_REVISION"));
        assertProblem(secretariat().body(Map.of("to", "ADOPTED")).post(base + "/transitions").then(), 409,
                "/problems/invalid-transition").body("allowed", contains("DRAFT"));
        secretariat().body(Map.of("to", "DRAFT")).post(base + "/transitions").then().statusCode(200);
        String etag = etag(base + "/positions/AM");
        secretariat().header("If-Match", etag).body(Map.of("position", "SIGNED", "date", "2022-11-23")).put(base + "/positions/AM")
                .then().statusCode(200).body("position", equalTo("SIGNED"));
        assertProblem(secretariat().body(Map.of("to", "ADOPTED")).post(base + "/transitions").then(), 409, "/problems/conflict");
        secretariat().body(Map.of("to", "ADOPTED", "adoptedOn", "2022-11-23", "reason", "Agreed")).post(base + "/transitions")
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
        String session = astanaSessionId();
        Map<String, Object> input = input("PROTOCOL_DECISION", "Протокольное решение " + unique(), "Protocol decision");
        input.put("session", session);
        String id = create(input);
        String base = "/api/v1/documents/" + id;
        assertProblem(secretariat().body(Map.of("position", "SIGNED")).put(base + "/positions/RU").then(), 409, "/problems/conflict");
        secretariat().body(Map.of("to", "ADOPTED")).post(base + "/transitions").then().statusCode(200)
                .body("adoptedOn", equalTo("2024-11-28"))
                .body("positions.findAll { it.position == 'SIGNED' }.state", contains("KZ"));
        secretariat().delete("/api/v1/documents/" + id).then().statusCode(428);
    }

    @Test
    void relationsRejectSelfLinksDuplicatesAndCycles() {
        String a = adopted("DECISION", "Решение A " + unique(), "Decision A", "2019-01-10", List.of());
        String b = adopted("DECISION", "Решение B " + unique(), "Decision B", "2020-01-10", List.of());
        String c = adopted("DECISION", "Решение C " + unique(), "Decision C", "2021-01-10", List.of());
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
        Map<String, Object> input = input("PLAN", "План " + unique(), "Plan");
        input.put("validFrom", "2025-01-01");
        input.put("validTo", "2025-12-31");
        input.put("adoptionStatus", "ADOPTED");
        input.put("adoptedOn", "2024-12-20");
        input.put("tags", List.of("Victory-80"));
        input.put("attachments", List.of(Map.of("title", "Текст", "language", "ru", "mediaType", "application/pdf",
                "url", "https://example.org/plan.pdf")));
        Response created = secretariat().body(input).post("/api/v1/documents");
        created.then().statusCode(201).body("reference", startsWith("CSC-2024-")).body("legalForce", equalTo("EXPIRED"))
                .body("tags", contains("victory-80")).body("attachments[0].mediaType", equalTo("application/pdf"))
                .header("ETag", notNullValue());
        String location = created.header("Location");
        String etag = created.header("ETag");
        input.put("validTo", "2030-12-31");
        secretariat().header("If-Match", etag).body(input).put(location).then().statusCode(200).body("legalForce", equalTo("IN_FORCE"));
        assertProblem(secretariat().header("If-Match", etag).body(input).put(location).then(), 412, "/problems/precondition-failed");
        Map<String, Object> renamed = new java.util.HashMap<>(input);
        renamed.put("reference", "CSC-1999-99");
        assertProblem(secretariat().header("If-Match", etag(location)).body(renamed).put(location).then(), 409, "/problems/conflict");

        Map<String, Object> bad = input("DECISION", " ", "No Russian");
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("titles.ru"));
        bad = input("PLAN", "План", "Plan");
        bad.put("validFrom", "2025-01-01");
        bad.put("validTo", "2024-01-01");
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("validTo"));
        bad = input("DECISION", "Решение", "Decision");
        bad.put("adoptionStatus", "ADOPTED");
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("adoptedOn"));
        bad = input("DECISION", "Решение", "Decision");
        bad.put("reference", "CSC-2024-01");
        assertProblem(secretariat().body(bad).post("/api/v1/documents").then(), 409, "/problems/conflict");
        assertProblem(reader().body(input("DECISION", "Решение", "Decision")).post("/api/v1/documents").then(), 403, "/problems/forbidden");
        assertProblem(reader().queryParam("sort", "title").get("/api/v1/documents").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("legalForce", "VALID").get("/api/v1/documents").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().get("/api/v1/documents/by-reference/NOPE-1").then(), 404, "/problems/not-found");

        secretariat().header("If-Match", etag(location)).delete(location).then().statusCode(204);
        assertProblem(reader().get(location).then(), 404, "/problems/not-found");
    }

    @Test
    void draftsFollowTheirSessionWhenItIsRescheduled() {
        Map<String, Object> session = new java.util.HashMap<>(Map.of("body", "CMD", "status", "PLANNED", "startDate", "1963-03-03",
                "city", "Moscow"));
        String sessionId = secretariat().body(session).post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> draft = input("DECISION", "Проект " + unique(), "Draft");
        draft.put("session", sessionId);
        draft.put("body", "CMD");
        String id = create(draft);
        reader().queryParam("year", 1963).queryParam("session", sessionId).get("/api/v1/documents").then()
                .body("items.id", contains(id)).header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"));
        session.put("startDate", "1964-03-03");
        secretariat().header("If-Match", etag("/api/v1/sessions/" + sessionId)).body(session).put("/api/v1/sessions/" + sessionId)
                .then().statusCode(200);
        reader().queryParam("year", 1964).queryParam("session", sessionId).get("/api/v1/documents").then().body("items.id", contains(id));
        reader().queryParam("year", 1963).queryParam("session", sessionId).get("/api/v1/documents").then().body("items", hasSize(0));
    }

    @Test
    void sessionWithDocumentsCannotBeDeleted() {
        String session = astanaSessionId();
        String etag = etag("/api/v1/sessions/" + session);
        assertProblem(secretariat().header("If-Match", etag).delete("/api/v1/sessions/" + session).then(), 409, "/problems/conflict");
    }

    @Test
    void aPageOf100CostsAsManyStatementsAsAPageOf1() {
        String tag = "budget-" + unique();
        for (int i = 0; i < 100; i++) {
            Map<String, Object> input = input("DECISION", "Решение " + i + " " + tag, "Decision " + i);
            input.put("tags", List.of(tag, "extra-" + i % 3));
            input.put("adoptionStatus", "ADOPTED");
            input.put("adoptedOn", "2023-0" + (1 + i % 9) + "-10");
            create(input);
        }
        long one = sql.count(() -> reader().queryParam("tag", tag).queryParam("size", 1).get("/api/v1/documents")
                .then().statusCode(200).body("items", hasSize(1)));
        long hundred = sql.count(() -> reader().queryParam("tag", tag).queryParam("size", 100).get("/api/v1/documents")
                .then().statusCode(200).body("items", hasSize(100)).body("items[99].tags", hasSize(2)));
        long search = sql.count(() -> reader().queryParam("q", tag).queryParam("notSignedBy", "AM").queryParam("size", 100)
                .queryParam("legalForce", "IN_FORCE").get("/api/v1/documents").then().statusCode(200).body("items", hasSize(100)));
        assertEquals(one, hundred, "statements for a page of 1 and a page of 100");
        assertEquals(one, search, "statements for a filtered search page");
        assertTrue(hundred <= 4, "budget: authentication-free count, page and tags: " + hundred);
    }

    @Test
    void detailCostsTheSameWhateverItCarries() {
        String bare = adopted("DECISION", "Решение " + unique(), "Decision", "2020-02-02", List.of());
        String rich = adopted("DECISION", "Решение " + unique(), "Decision", "2020-02-02", List.of("a", "b"));
        for (String state : List.of("BY", "KG", "KZ", "RU", "TJ")) {
            secretariat().body(Map.of("position", "SIGNED")).put("/api/v1/documents/" + rich + "/positions/" + state).then().statusCode(201);
        }
        for (int i = 0; i < 3; i++) {
            String other = adopted("DECISION", "Решение " + unique(), "Decision", "2020-02-02", List.of());
            secretariat().body(Map.of("type", "REFERS_TO", "target", other)).post("/api/v1/documents/" + rich + "/relations").then().statusCode(201);
            secretariat().body(Map.of("type", "IMPLEMENTS", "target", rich)).post("/api/v1/documents/" + other + "/relations").then().statusCode(201);
        }
        long bareCount = sql.count(() -> reader().get("/api/v1/documents/" + bare).then().statusCode(200));
        long richCount = sql.count(() -> reader().get("/api/v1/documents/" + rich).then().statusCode(200)
                .body("relations.outgoing", hasSize(3)).body("relations.incoming", hasSize(3)));
        assertEquals(bareCount, richCount);
        assertTrue(richCount <= 8, "detail budget: " + richCount);
        reader().get("/api/v1/documents/" + rich).then().body("positions.findAll { it.recorded }.state", not(hasItem("AM")));
    }
}
