package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.as;
import static org.csto.dectrack.support.Api.reader;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.csto.dectrack.shared.time.SystemTimeSource;
import org.csto.dectrack.shared.time.TimeSource;
import org.csto.dectrack.support.Api;
import org.csto.dectrack.support.ChangeFeed;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What a caller may not see does not exist for it: a confidential document with measures and reports leaves a reader's
 * totals, search hits, roll-ups, session, party measures, summing-up, history and feed exactly as they were without
 * it, and answers 404 by id, also to writes that would otherwise answer 403 or 412, until its declassification date.
 */
@QuarkusTest
class VisibilityResourceTest {
    private static final ReservedYear YEAR = ReservedYear.VISIBILITY;

    /** Everything a caller can count or list about the year, the session and TJ's measures. */
    private static Map<String, Object> figures(Supplier<RequestSpecification> as, String session, String word) {
        Map<String, Object> figures = new LinkedHashMap<>();
        JsonPath documents = as.get().queryParam("year", YEAR.year()).get("/api/v1/documents").then().statusCode(200).extract().jsonPath();
        figures.put("documents of the year", documents.getLong("totalItems") + " " + documents.getList("items.id"));
        figures.put("search hits", as.get().queryParam("q", word).get("/api/v1/documents").then().statusCode(200)
                .extract().path("totalItems"));
        figures.put("search hits with a filter", as.get().queryParam("q", word).queryParam("type", "DECISION")
                .get("/api/v1/documents").then().statusCode(200).extract().path("totalItems"));
        figures.put("session's documents", as.get().get("/api/v1/sessions/" + session).then().statusCode(200)
                .extract().path("documents"));
        figures.put("session's roll-up", as.get().get("/api/v1/sessions/" + session + "/implementation").then().statusCode(200)
                .extract().as(Map.class));
        figures.put("TJ's measures", as.get().get("/api/v1/parties/TJ/measures").then().statusCode(200).extract().path("totalItems"));
        figures.put("TJ's overdue measures", as.get().queryParam("lead", "TJ").queryParam("overdue", true)
                .get("/api/v1/measures").then().statusCode(200).extract().path("totalItems"));
        figures.put("measures matching the word", as.get().queryParam("q", word).get("/api/v1/measures").then().statusCode(200)
                .extract().path("totalItems"));
        figures.put("summing-up", as.get().get("/api/v1/summing-up/" + YEAR.year()).then().statusCode(200).extract().as(Map.class));
        return figures;
    }

    @Test
    void aConfidentialDocumentDoesNotExistForAReaderUntilItIsDeclassified() {
        String session = Sessions.held(YEAR.on(5, 10)).create();
        Documents publicDecision = Documents.adopted("DECISION", YEAR.on(5, 10)).at(session);
        String visible = publicDecision.create();
        String visibleMeasure = Measures.of(visible).with("lead", "TJ").with("dueDate", YEAR.on(9, 30)).create();
        Reports.on(visibleMeasure).with("reportedOn", YEAR.on(6, 1)).with("progress", 30).create();
        String word = publicDecision.word();
        Map<String, Object> readerBefore = figures(Api::reader, session, word);
        Map<String, Object> adminBefore = figures(Api::admin, session, word);
        long cursor = ChangeFeed.head(Api::admin);

        LocalDate declassification = TestClock.today().plusDays(10);
        // The confidential decision carries the same word, sits in the same session, approves the public one, has
        // measures led by TJ (one overdue) with reports and a position: everything a reader could count.
        String hidden = Documents.adopted("DECISION", YEAR.on(5, 10)).at(session)
                .titled("Решение " + word + " секретное", "Decision " + word + " confidential")
                .with("classification", "CONFIDENTIAL").with("declassifyOn", declassification).create();
        String hiddenReference = admin().get("/api/v1/documents/" + hidden).then().statusCode(200).extract().path("reference");
        String hiddenMeasure = Measures.of(hidden).with("lead", "TJ").with("contributors", List.of("KZ"))
                .titled("Мера " + word).with("dueDate", YEAR.on(7, 31)).create();
        Reports.on(hiddenMeasure).with("reportedOn", YEAR.on(7, 1)).with("progress", 60).create();
        Documents.position(hidden, "TJ", Map.of("position", "SIGNED", "date", YEAR.on(5, 10).toString()));
        Documents.relate(hidden, "APPROVES", visible);

        assertEquals(readerBefore, figures(Api::reader, session, word),
                "a reader's figures must be those of a database without the confidential document");
        Map<String, Object> adminAfter = figures(Api::admin, session, word);
        assertNotEquals(adminBefore.get("documents of the year"), adminAfter.get("documents of the year"));
        assertEquals(2, adminAfter.get("search hits"));
        assertNotEquals(adminBefore.get("summing-up"), adminAfter.get("summing-up"));
        assertNotEquals(adminBefore.get("TJ's measures"), adminAfter.get("TJ's measures"));

        for (String path : List.of("/api/v1/documents/" + hidden, "/api/v1/documents/by-reference/" + hiddenReference,
                "/api/v1/documents/" + hidden + "/history", "/api/v1/documents/" + hidden + "/implementation",
                "/api/v1/documents/" + hidden + "/positions/TJ", "/api/v1/documents/" + hidden + "/transitions",
                "/api/v1/measures/" + hiddenMeasure, "/api/v1/measures/" + hiddenMeasure + "/reports",
                "/api/v1/measures/" + hiddenMeasure + "/history", "/api/v1/measures/" + hiddenMeasure + "/children")) {
            reader().get(path).then().statusCode(404).contentType("application/problem+json");
            as("system").get(path).then().statusCode(404);
            admin().get(path).then().statusCode(200);
        }
        // The public decision does not show the relation a reader cannot follow; the admin sees it.
        assertEquals(List.of(), reader().get("/api/v1/documents/" + visible).then().statusCode(200).extract()
                .path("relations.incoming"));
        assertEquals(1, admin().get("/api/v1/documents/" + visible).then().statusCode(200).extract()
                .<List<?>>path("relations.incoming").size());

        // Writes that would answer 403 (another state's ratification) or 412 (a stale ETag) answer 404: no leak.
        as("tj-liaison").header("If-Match", "\"0\"").body(Reports.on(hiddenMeasure).with("reportingParty", "TJ").input())
                .post("/api/v1/measures/" + hiddenMeasure + "/reports").then().statusCode(404);
        as("tj-liaison").body(Map.of("ratifiedOn", YEAR.on(8, 1).toString()))
                .put("/api/v1/documents/" + hidden + "/ratifications/KZ").then().statusCode(404);

        // The feed and the history: the admin follows the confidential changes, the reader sees none of them.
        List<String> adminFeed = feed(Api::admin, cursor);
        List<String> readerFeed = feed(Api::reader, cursor);
        assertTrue(adminFeed.contains(hidden) && adminFeed.contains(hiddenMeasure), adminFeed.toString());
        assertFalse(readerFeed.contains(hidden) || readerFeed.contains(hiddenMeasure), readerFeed.toString());
        assertTrue(readerFeed.contains(session), "the session's own changes stay visible: " + readerFeed);
        // Recorded states that name the confidential document (the session's list, the public decision's relations)
        // are read back without it, in histories and in reads as recorded.
        String readerHistories = histories(Api::reader, session, visible);
        assertFalse(readerHistories.contains(hidden) || readerHistories.contains(hiddenReference), readerHistories);
        assertTrue(histories(Api::admin, session, visible).contains(hiddenReference));
        String now = Instant.now().toString();
        assertEquals(List.of(), reader().queryParam("recordedAsOf", now).get("/api/v1/documents/" + visible).then().statusCode(200)
                .extract().path("relations.incoming"));
        assertEquals(1, admin().queryParam("recordedAsOf", now).get("/api/v1/documents/" + visible).then().statusCode(200)
                .extract().<List<?>>path("relations.incoming").size());

        // On its declassification date it appears, with its measures, history and place in every figure.
        QuarkusMock.installMockForType(new SystemTimeSource(SystemTimeSource.DEFAULT_ZONE, Optional.of(declassification)), TimeSource.class);
        reader().get("/api/v1/documents/" + hidden).then().statusCode(200);
        reader().get("/api/v1/measures/" + hiddenMeasure + "/reports").then().statusCode(200);
        assertEquals(adminAfter.get("summing-up"), reader().get("/api/v1/summing-up/" + YEAR.year()).then().statusCode(200)
                .extract().as(Map.class));
        assertEquals(2, reader().queryParam("q", word).get("/api/v1/documents").then().statusCode(200).extract().<Integer>path("totalItems"));
        assertTrue(feed(Api::reader, cursor).contains(hidden));
        reader().get("/api/v1/documents/" + hidden + "/history").then().statusCode(200);

        // The summing-up's overdue count is not by year: leave nothing overdue behind.
        for (String measure : List.of(visibleMeasure, hiddenMeasure)) {
            Reports.on(measure).with("status", "CANCELLED").with("reason", "Test over").create();
        }
    }

    @Test
    void aWriterWithALowerClearanceNeitherSeesNorErasesWhatItCannotSee() {
        // A Secretariat officer whose token narrows the clearance to RESTRICTED.
        String token = Tokens.sign(Tokens.claims("clerk", "secretariat").claim("clearance", "RESTRICTED"));
        Supplier<RequestSpecification> clerk = () -> Api.bearer(token);
        Sessions held = Sessions.held(YEAR.on(10, 1));
        String session = held.create();
        String hidden = Documents.draft("DECISION").at(session).with("classification", "CONFIDENTIAL").create();

        clerk.get().body(Documents.draft("DECISION").with("classification", "CONFIDENTIAL").input()).post("/api/v1/documents")
                .then().statusCode(403).contentType("application/problem+json");
        clerk.get().get("/api/v1/documents/" + hidden).then().statusCode(404);
        // A replacement that does not name the classification (a client that does not know it) keeps it.
        String hiddenEtag = admin().get("/api/v1/documents/" + hidden).then().statusCode(200).extract().header("ETag");
        admin().header("If-Match", hiddenEtag).body(Documents.draft("DECISION").at(session).input()).put("/api/v1/documents/" + hidden)
                .then().statusCode(200).body("classification", equalTo("CONFIDENTIAL"));
        reader().get("/api/v1/documents/" + hidden).then().statusCode(404);
        // The clerk changes the session, whose recorded state lists its documents: the record keeps the hidden one.
        String etag = clerk.get().get("/api/v1/sessions/" + session).then().statusCode(200).extract().header("ETag");
        clerk.get().header("If-Match", etag).body(held.with("city", "Moscow").input()).put("/api/v1/sessions/" + session)
                .then().statusCode(200);
        JsonPath history = admin().queryParam("sort", "-version").get("/api/v1/sessions/" + session + "/history").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("clerk", history.getString("items[0].changedBy"));
        assertEquals(List.of("city"), history.getList("items[0].changes.field"), "only the city changed");
        assertEquals(1, admin().get("/api/v1/sessions/" + session).then().statusCode(200).extract().<List<?>>path("documents").size());
    }

    @Test
    void restrictedDocumentsAreForEveryRoleButNotForAnonymousCallers() {
        String restricted = Documents.draft("DECISION").with("classification", "RESTRICTED").create();
        for (String user : List.of("reader", "system", "tj-liaison", "secretariat", "admin")) {
            as(user).get("/api/v1/documents/" + restricted).then().statusCode(200);
        }
        Api.anonymous().get("/api/v1/documents/" + restricted).then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** The histories of the session and of the public decision, as one text. */
    private static String histories(Supplier<RequestSpecification> as, String session, String document) {
        return as.get().queryParam("size", 100).get("/api/v1/sessions/" + session + "/history").then().statusCode(200).extract().asString()
                + as.get().queryParam("size", 100).get("/api/v1/documents/" + document + "/history").then().statusCode(200)
                .extract().asString();
    }

    /** The resource ids of every change after {@code cursor} the caller may see. */
    private static List<String> feed(Supplier<RequestSpecification> as, long cursor) {
        JsonPath page = as.get().queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes").then()
                .statusCode(200).extract().jsonPath();
        return page.getList("items.id", String.class);
    }
}
