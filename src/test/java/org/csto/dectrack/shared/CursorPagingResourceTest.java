package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * Lists read with {@code cursor}: following each page's {@code next} (or the Link header's rel="next") from the first
 * page gives the list by page number item for item, in every sort, across ties and null sort keys (drafts without an
 * adoption date, measures without a due date), from the database and from memory (as recorded); a cursor that is not
 * one, used with a page number or with another sort, is a 400 naming {@code cursor}.
 */
@QuarkusTest
class CursorPagingResourceTest {
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    /** A body of the test's own, so that {@code body=} finds only the test's documents and sessions. */
    private static String newBody() {
        String code = Unique.bodyCode();
        admin().body(Map.of("code", code, "names", Map.of("ru", "Орган " + code, "en", "Body " + code), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then().statusCode(201);
        return code;
    }

    /** The ids ({@code key} of each item) of the whole list, read as one page by number. */
    private static List<Object> byNumber(String path, Map<String, ?> query, String key, String sort) {
        JsonPath page = reader().queryParams(query).queryParam("sort", sort).queryParam("size", 200).get(path)
                .then().statusCode(200).body("totalExact", equalTo(true)).extract().jsonPath();
        assertNull(page.get("next"), "one page holds the whole list");
        return page.getList("items." + key);
    }

    /**
     * The ids of the list read {@code size} at a time: the first page by number, then each page after the cursor its
     * predecessor gave, as {@code cursor} with the same query or (after the first) by the Link header's next URL.
     */
    private static List<Object> byCursor(String path, Map<String, ?> query, String key, String sort, int size,
                                         boolean followLinks) {
        Response response = reader().queryParams(query).queryParam("sort", sort).queryParam("size", size).get(path);
        JsonPath page = response.then().statusCode(200).body("page", equalTo(0)).extract().jsonPath();
        long total = page.getLong("totalItems");
        List<Object> ids = new ArrayList<>(page.getList("items." + key));
        String next = page.get("next");
        while (next != null) {
            if (followLinks && ids.size() > size) { // the first page, by number, links to page 1: its next goes by cursor
                Matcher link = NEXT_LINK.matcher(response.header("Link"));
                assertTrue(link.find(), response.header("Link"));
                assertTrue(link.group(1).contains("cursor=" + next), link.group(1));
                response = get(link.group(1));
            } else {
                response = reader().queryParams(query).queryParam("sort", sort).queryParam("size", size)
                        .queryParam("cursor", next).get(path);
            }
            page = response.then().statusCode(200).body("page", nullValue()).body("size", equalTo(size))
                    .body("totalExact", equalTo(true)).body("totalItems", equalTo((int) total)).extract().jsonPath();
            ids.addAll(page.getList("items." + key));
            next = page.get("next");
            assertEquals(next != null, response.header("Link").contains("rel=\"next\""), response.header("Link"));
            assertTrue(response.header("Link").contains("rel=\"first\""), response.header("Link"));
            assertFalse(response.header("Link").contains("rel=\"last\""), "a page after a cursor has no number, nor a last");
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no item twice: " + ids);
        assertEquals(total, ids.size());
        return ids;
    }

    /** A GET of a URL from a Link header, its query parameters sent one by one (decoded, as a client's library would). */
    private static Response get(String url) {
        URI uri = URI.create(url);
        Map<String, String> query = new LinkedHashMap<>();
        for (String parameter : uri.getQuery().split("&")) {
            query.put(parameter.substring(0, parameter.indexOf('=')), parameter.substring(parameter.indexOf('=') + 1));
        }
        return reader().queryParams(query).get(uri.getPath());
    }

    /** The list read by cursors {@code size} 1, 3 and 4 at a time is the list by page number, in each sort. */
    private static void assertSameList(String path, Map<String, ?> query, String key, int expected, String... sorts) {
        for (String sort : sorts) {
            List<Object> all = byNumber(path, query, key, sort);
            assertEquals(expected, all.size(), sort);
            for (int size : new int[] {1, 3, 4}) {
                assertEquals(all, byCursor(path, query, key, sort, size, size == 3), path + " sort=" + sort + " size=" + size);
            }
        }
    }

    @Test
    void documentsFollowedByCursorAreTheDocumentsByPageNumberInEverySort() {
        String body = newBody();
        LocalDate day = ReservedYear.SCRATCH.on(4, 10);
        for (int i = 0; i < 3; i++) {
            Documents.adopted("DECISION", day).with("body", body).create();
        }
        Documents.adopted("PLAN", day.plusDays(5)).with("body", body).create();
        Documents.adopted("DECISION", day.plusDays(5)).with("body", body).create();
        Documents.adopted("STATEMENT", day.minusDays(40)).with("body", body).create();
        for (String type : List.of("DECISION", "PLAN", "DECISION", "STATEMENT")) {
            Documents.draft(type).with("body", body).create();
        }
        Map<String, String> query = Map.of("body", body);
        assertSameList("/api/v1/documents", query, "id", 10, "-adoptedOn,reference", "adoptedOn", "type,-adoptedOn", "-type",
                "-updatedAt");

        // as recorded at an instant, the list is computed in memory: cursors walk it the same way
        Map<String, String> recorded = new LinkedHashMap<>(query);
        recorded.put("recordedAsOf", Instant.now().toString());
        assertSameList("/api/v1/documents", recorded, "id", 10, "-adoptedOn,reference", "type");
    }

    @Test
    void measuresFollowedByCursorAreTheMeasuresByPageNumberWithNullDueDatesLast() {
        String document = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(2, 1)).create();
        LocalDate due = ReservedYear.SCRATCH.on(9, 30);
        List<String> dated = new ArrayList<>();
        for (LocalDate date : new LocalDate[] {due, due, due.plusDays(1), null, due.minusDays(3), null, due, null, null}) {
            String measure = Measures.of(document).with("dueDate", date).create();
            if (date != null) {
                dated.add(measure);
            }
        }
        assertSameList("/api/v1/measures", Map.of("document", document), "id", 9, "dueDate,reference", "-dueDate", "progress",
                "-dueDate,-reference", "-progress,dueDate");
        // open measures due in a past year would count as overdue in every later year's summing-up and annual report:
        // cancelled within their year, they are closed on any later day
        for (String measure : dated) {
            Reports.on(measure).with("reportedOn", ReservedYear.SCRATCH.on(12, 31)).with("status", "CANCELLED")
                    .with("reason", "Test over").create();
        }
    }

    @Test
    void sessionsAndHistoriesFollowedByCursorToo() {
        String body = newBody();
        LocalDate day = ReservedYear.SCRATCH.on(7, 7);
        for (LocalDate date : new LocalDate[] {day, day, day.plusDays(2), day.minusDays(9), day.plusDays(2)}) {
            Sessions.held(date).with("body", body).create();
        }
        assertSameList("/api/v1/sessions", Map.of("body", body), "id", 5, "-date", "date", "body,date");

        String document = Documents.adopted("DECISION", day).create();
        for (String state : List.of("BY", "KZ", "RU", "TJ")) {
            Documents.position(document, state, Map.of("position", "SIGNED"));
        }
        assertSameList("/api/v1/documents/" + document + "/history", Map.of(), "version", 5, "version", "-version", "-updatedAt");
    }

    @Test
    void aPageByNumberCarriesTheCursorOfThePageAfterItAndTheLastOneNone() {
        String body = newBody();
        for (int i = 0; i < 3; i++) {
            Documents.draft("DECISION").with("body", body).create();
        }
        Response first = reader().queryParam("body", body).queryParam("size", 2).get("/api/v1/documents");
        first.then().statusCode(200).body("page", equalTo(0)).body("totalItems", equalTo(3)).body("totalExact", equalTo(true))
                .body("totalPages", equalTo(2)).header("Link", containsString("page=1&size=2>; rel=\"next\""))
                .header("Link", containsString("page=1&size=2>; rel=\"last\""));
        String next = first.path("next");
        assertNotNull(next);
        List<String> second = reader().queryParam("body", body).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/documents").then().statusCode(200).body("next", nullValue()).extract().path("items.id");
        List<String> afterCursor = reader().queryParam("body", body).queryParam("size", 2).queryParam("cursor", next)
                .get("/api/v1/documents").then().statusCode(200).body("next", nullValue())
                .header("Link", not(containsString("rel=\"next\""))).extract().path("items.id");
        assertEquals(1, second.size());
        assertEquals(second, afterCursor);
    }

    private static String firstCursor(String body, String sort) {
        return reader().queryParam("body", body).queryParam("sort", sort).queryParam("size", 1).get("/api/v1/documents")
                .then().statusCode(200).extract().path("next");
    }

    private static void assertCursorRefused(Response response) {
        assertProblem(response.then(), 400, "/problems/bad-parameter").body("violations[0].field", equalTo("cursor"));
    }

    private static String json(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }

    private static String token(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorThatIsNotOneWithAPageOrWithAnotherSortIsRefusedNamingIt() {
        String body = newBody();
        Documents.adopted("DECISION", ReservedYear.SCRATCH.on(3, 3)).with("body", body).create();
        Documents.adopted("DECISION", ReservedYear.SCRATCH.on(3, 4)).with("body", body).create();
        String cursor = firstCursor(body, "adoptedOn");
        String json = json(cursor);
        assertTrue(json.startsWith("{\"v\":1,\"sort\":\"adoptedOn\",\"keys\":[\"" + ReservedYear.SCRATCH.on(3, 3) + "\"]"), json);

        List<String> refused = List.of("garbage", "%%%", cursor.substring(0, cursor.length() - 6), "x".repeat(2001),
                token(json.replace("\"v\":1", "\"v\":2")),
                token(json.replace(ReservedYear.SCRATCH.on(3, 3).toString(), "the third of March")),
                token(json.replace("\"keys\":[", "\"keys\":[\"2024-01-01\",")),
                token(json.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"42\"")),
                token("[1,2,3]"));
        for (String bad : refused) {
            assertCursorRefused(reader().queryParam("body", body).queryParam("sort", "adoptedOn").queryParam("cursor", bad)
                    .get("/api/v1/documents"));
        }
        assertCursorRefused(reader().queryParam("body", body).queryParam("sort", "adoptedOn").queryParam("cursor", cursor)
                .queryParam("page", 0).get("/api/v1/documents"));
        assertCursorRefused(reader().queryParam("body", body).queryParam("sort", "-adoptedOn").queryParam("cursor", cursor)
                .get("/api/v1/documents"));
        assertCursorRefused(reader().queryParam("body", body).queryParam("cursor", cursor).get("/api/v1/documents"));
        assertCursorRefused(reader().queryParam("sort", "dueDate").queryParam("cursor", cursor).get("/api/v1/measures"));

        // the same token, well formed, still reads: a cursor is where a list starts, not a permission
        reader().queryParam("body", body).queryParam("sort", "adoptedOn").queryParam("cursor", cursor).get("/api/v1/documents")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }
}
