package org.csto.dectrack.session;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.junit.jupiter.api.Test;

/** A session's agenda items and the documents considered under them (a document's {@code agendaItem}). */
@QuarkusTest
class AgendaResourceTest {

    /** A scratch session with three agenda items. */
    private static String sessionWithThreeItems() {
        return Sessions.held(ReservedYear.SCRATCH.on(6, 3)).with("agenda", List.of(
                Sessions.item("О декларации", "On the declaration", null),
                Sessions.item("О плане", "On the plan", "Adopted"),
                Sessions.item("Разное", "Other matters", null))).create();
    }

    private static Documents under(String session, Integer item) {
        return Documents.draft("DECISION").at(session).with("agendaItem", item);
    }

    @Test
    void eachAgendaItemListsTheDocumentsConsideredUnderIt() {
        String session = sessionWithThreeItems();
        String declaration = under(session, 1).with("type", "DECLARATION").create();
        String decision = under(session, 2).create();
        String plan = under(session, 2).with("type", "PLAN").create();
        String unplaced = under(session, null).create();

        secretariat().get("/api/v1/documents/" + decision).then().statusCode(200).body("agendaItem", equalTo(2));
        secretariat().get("/api/v1/documents/" + unplaced).then().statusCode(200).body("agendaItem", nullValue());
        secretariat().get("/api/v1/sessions/" + session).then().statusCode(200)
                .body("agenda.number", contains(1, 2, 3))
                .body("agenda[0].documents", contains(declaration))
                .body("agenda[1].documents", containsInAnyOrder(decision, plan))
                .body("agenda[2].documents", empty())
                .body("documents.find { it.id == '" + plan + "' }.agendaItem", equalTo(2))
                .body("documents.find { it.id == '" + unplaced + "' }.agendaItem", nullValue());
        // Lists of sessions number the items but do not list documents.
        secretariat().queryParam("body", "CMD").queryParam("from", ReservedYear.SCRATCH.on(6, 3).toString())
                .queryParam("to", ReservedYear.SCRATCH.on(6, 3).toString()).get("/api/v1/sessions").then()
                .statusCode(200)
                .body("items.find { it.id == '" + session + "' }.agenda.number", contains(1, 2, 3))
                .body("items.find { it.id == '" + session + "' }.agenda[0].documents", nullValue());

        // Moved to item 3 by a merge patch; the session's ETag changes with it.
        String sessionEtag = etag("/api/v1/sessions/" + session);
        secretariat().header("If-Match", etag("/api/v1/documents/" + plan)).contentType("application/merge-patch+json")
                .body(Map.of("agendaItem", 3)).patch("/api/v1/documents/" + plan).then().statusCode(200)
                .body("agendaItem", equalTo(3));
        Response after = secretariat().get("/api/v1/sessions/" + session);
        after.then().statusCode(200)
                .body("agenda[1].documents", contains(decision))
                .body("agenda[2].documents", contains(plan));
        assertNotEquals(sessionEtag, after.header("ETag"));
    }

    @Test
    void anAgendaItemNeedsTheSessionAndMustBeOnItsAgenda() {
        String session = sessionWithThreeItems();
        assertProblem(under(session, 4).post().then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("agendaItem"))
                .body("violations[0].message", containsString("no item 4 (it has 3)"));
        assertProblem(under(session, 0).post().then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("agendaItem"));
        assertProblem(Documents.draft("DECISION").with("agendaItem", 1).post().then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("agendaItem"))
                .body("violations[0].message", containsString("needs the session"));
        String otherSession = Sessions.held(ReservedYear.SCRATCH.on(6, 4)).create(); // no agenda
        assertProblem(under(otherSession, 1).post().then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("agendaItem"))
                .body("violations[0].message", containsString("no item 1 (it has 0)"));
        // In Russian too.
        assertProblem(secretariat().header("Accept-Language", "ru").body(under(session, 4).input()).post("/api/v1/documents")
                .then(), 400, "/problems/validation")
                .body("violations[0].message", containsString("нет пункта 4"));
        // Nothing was written: the session still lists no documents.
        secretariat().get("/api/v1/sessions/" + session).then().statusCode(200).body("documents", hasSize(0))
                .body("agenda.documents", everyItem(empty()));
    }

    @Test
    void theAgendaCannotLoseAnItemThatHasDocuments() {
        String session = sessionWithThreeItems();
        Documents declaration = under(session, 3);
        String id = declaration.create();
        String reference = secretariat().get("/api/v1/documents/" + id).then().extract().path("reference");
        Map<String, Object> cut = Sessions.held(ReservedYear.SCRATCH.on(6, 3)).with("agenda", List.of(
                Sessions.item("О декларации", "On the declaration", null),
                Sessions.item("О плане", "On the plan", "Adopted"))).input();
        String etag = etag("/api/v1/sessions/" + session);
        assertProblem(secretariat().header("If-Match", etag).body(cut).put("/api/v1/sessions/" + session + "?allowDuplicate=true")
                .then(), 409, "/problems/conflict")
                .body("detail", containsString("cut to 2 item(s)"))
                .body("detail", containsString(reference));
        secretariat().get("/api/v1/sessions/" + session).then().statusCode(200)
                .body("agenda", hasSize(3))
                .body("agenda[2].documents", contains(id))
                .header("ETag", equalTo(etag));

        // Once the document stands under item 1, the agenda can be cut; renaming items keeps the links by number.
        secretariat().header("If-Match", etag("/api/v1/documents/" + id)).contentType("application/merge-patch+json")
                .body(Map.of("agendaItem", 1)).patch("/api/v1/documents/" + id).then().statusCode(200);
        secretariat().header("If-Match", etag("/api/v1/sessions/" + session)).body(cut)
                .put("/api/v1/sessions/" + session + "?allowDuplicate=true").then().statusCode(200)
                .body("agenda", hasSize(2))
                .body("agenda[0].documents", contains(id));
        // Taken off the agenda (null clears the optional field).
        HashMap<String, Object> clear = new HashMap<>();
        clear.put("agendaItem", null);
        secretariat().header("If-Match", etag("/api/v1/documents/" + id)).contentType("application/merge-patch+json")
                .body(clear).patch("/api/v1/documents/" + id).then().statusCode(200).body("agendaItem", nullValue());
    }

    @Test
    void theAstanaSessionListsItsFourteenDocumentsItemByItem() {
        String astana = reader().queryParam("body", "CSC").queryParam("year", 2024).get("/api/v1/sessions")
                .then().statusCode(200).extract().path("items[0].id");
        Response session = reader().get("/api/v1/sessions/" + astana);
        session.then().statusCode(200)
                .body("documents", hasSize(14))
                .body("documents.agendaItem", everyItem(notNullValue()))
                .body("documents.adoptionStatus", everyItem(equalTo("ADOPTED")))
                .body("agenda", hasSize(9))
                .body("agenda[1].titles.en", equalTo("On strengthening sections of the Tajik-Afghan border"));
        Map<String, String> references = new HashMap<>();
        List<Map<String, Object>> documents = session.path("documents");
        documents.forEach(d -> references.put((String) d.get("id"), (String) d.get("reference")));
        List<List<String>> byItem = session.path("agenda.documents");
        List<List<String>> referencesByItem = byItem.stream().map(ids -> ids.stream().map(references::get).sorted().toList()).toList();
        assertEquals(List.of(
                List.of("CSC-2024-01"), List.of("CSC-2024-02", "CSC-2024-02A"), List.of("CSC-2024-03"),
                List.of("CSC-2024-04", "CSC-2024-05", "CSC-2024-05A"), List.of("CSC-2024-06", "CSC-2024-07"), List.of("CSC-2024-08"),
                List.of("CSC-2024-10"), List.of("CSC-2024-09"), List.of("CSC-2024-11", "CSC-2024-12")), referencesByItem);
        // Every one of them signed by the five states that attended.
        for (String id : references.keySet()) {
            reader().get("/api/v1/documents/" + id).then().statusCode(200)
                    .body("positions.findAll { it.position == 'SIGNED' }.state", containsInAnyOrder("BY", "KG", "KZ", "RU", "TJ"));
        }
    }
}
