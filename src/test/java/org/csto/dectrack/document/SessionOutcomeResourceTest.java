package org.csto.dectrack.document;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/** A session's results entered at once: documents, positions and adoption, all or nothing. */
@QuarkusTest
class SessionOutcomeResourceTest {
    static final LocalDate HELD = ReservedYear.SCRATCH.on(11, 28);

    static Map<String, Object> document(String type, String word) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", type);
        document.put("titles", Map.of("ru", "Документ " + word, "en", "Document " + word));
        return document;
    }

    static List<Map<String, Object>> signedByAll() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String state : List.of("BY", "KZ", "RU")) {
            rows.add(Map.of("state", state, "position", "SIGNED", "date", HELD.toString()));
        }
        return rows;
    }

    static Map<String, Object> entry(Map<String, Object> document, List<Map<String, Object>> positions) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("document", document);
        entry.put("positions", positions);
        return entry;
    }

    @Test
    void threeDocumentsWithTheirPositionsAndAdoptionInOneRequest() {
        String session = Sessions.held(HELD).create();
        String word = Unique.word();
        Map<String, Object> returned = entry(document("DECISION", word + " returned"), List.of());
        returned.put("outcome", "RETURNED_FOR_REVISION");
        returned.put("reason", "Returned for revision");
        secretariat().body(Map.of("documents", List.of(entry(document("DECLARATION", word), signedByAll()),
                        entry(document("STATEMENT", word), signedByAll()), returned)))
                .post("/api/v1/sessions/" + session + "/outcome").then().statusCode(200)
                .body("documents", hasSize(3))
                .body("documents.type", contains("DECLARATION", "STATEMENT", "DECISION"))
                .body("documents.adoptionStatus", contains("ADOPTED", "ADOPTED", "RETURNED_FOR_REVISION"))
                .body("documents[0].adoptedOn", equalTo(HELD.toString()))
                .body("documents.body", everyItem(equalTo("CMD")))
                .body("documents.session", everyItem(equalTo(session)))
                .body("documents[1].positions.findAll { it.recorded }.state", contains("BY", "KZ", "RU"))
                .body("documents[2].positions.findAll { it.recorded }", hasSize(0));
        reader().get("/api/v1/sessions/" + session).then().statusCode(200).body("documents", hasSize(3));
        reader().queryParam("q", word).queryParam("adoptionStatus", "ADOPTED").get("/api/v1/documents").then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void anyFailureWritesNothingAndNamesTheDocumentAndTheField() {
        String session = Sessions.held(HELD).create();
        String path = "/api/v1/sessions/" + session;
        String before = etag(path);
        String word = Unique.word();
        Map<String, Object> backwards = document("PROGRAMME", word);
        backwards.put("validFrom", "2030-01-01");
        backwards.put("validTo", "2029-12-31");
        List<Map<String, Object>> objection = new ArrayList<>(signedByAll());
        objection.set(2, Map.of("state", "RU", "position", "OBJECTED", "date", HELD.toString()));
        List<Map<String, Object>> future = new ArrayList<>(signedByAll());
        future.set(1, Map.of("state", "KZ", "position", "SIGNED", "date", "2999-01-01"));
        assertProblem(secretariat().body(Map.of("documents", List.of(entry(backwards, signedByAll()),
                        entry(document("DECLARATION", word), objection), entry(document("STATEMENT", word), future),
                        entry(document("DECISION", word), signedByAll())))).post(path + "/outcome").then(),
                400, "/problems/validation")
                .body("violations.field", contains("documents[0].document.validTo", "documents[1].outcome",
                        "documents[2].positions[KZ].date"));
        Map<String, Object> untitled = document("DECISION", word);
        untitled.remove("titles");
        assertProblem(secretariat().body(Map.of("documents", List.of(entry(document("STATEMENT", word), signedByAll()),
                        entry(untitled, signedByAll())))).post(path + "/outcome").then(), 400, "/problems/validation")
                .body("violations.field", contains("documents[1].document.titles"));
        reader().get(path).then().header("ETag", before).body("documents", hasSize(0));
        reader().queryParam("q", word).get("/api/v1/documents").then().body("totalItems", equalTo(0));
    }
}
