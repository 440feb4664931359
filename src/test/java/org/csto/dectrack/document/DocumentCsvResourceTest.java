package org.csto.dectrack.document;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.csto.dectrack.document.DocumentViews.DocumentSummary;
import org.csto.dectrack.support.CsvTable;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/** {@code GET /documents} as CSV: the rows, order, paging and Link header of the JSON list, in spreadsheet-safe cells. */
@QuarkusTest
class DocumentCsvResourceTest {
    @TestHTTPResource("/api/v1/documents")
    URL documents;

    /** Three decisions and a protocol sharing a unique word; returns the word. */
    private static String fourDocuments() {
        Documents first = Documents.adopted("DECISION", ReservedYear.SCRATCH.on(3, 1));
        String word = first.word();
        first.titled("Решение о границе " + word, "Decision on the border " + word).with("tags", List.of("граница", "border"))
                .create();
        Documents.adopted("DECISION", ReservedYear.SCRATCH.on(3, 2))
                .titled("Договор \"Щит\", часть 2 " + word, "Treaty \"Shield\", part 2 " + word).create();
        Documents.adopted("DECISION", ReservedYear.SCRATCH.on(3, 3))
                .titled("=HYPERLINK(\"http://example.org\",\"клик\") " + word, "-2+3 " + word).create();
        Documents.adopted("PROTOCOL", ReservedYear.SCRATCH.on(3, 4)).titled("Протокол " + word, "Protocol " + word).create();
        return word;
    }

    @Test
    void csvHasTheRowsOfTheJsonListWithItsFiltersAndSort() {
        String word = fourDocuments();
        Response json = reader().queryParam("q", word).queryParam("type", "DECISION").queryParam("sort", "adoptedOn")
                .get("/api/v1/documents");
        json.then().statusCode(200);
        Response csv = reader().accept("text/csv").queryParam("q", word).queryParam("type", "DECISION")
                .queryParam("sort", "adoptedOn").get("/api/v1/documents");
        csv.then().statusCode(200);
        assertEquals("text/csv;charset=utf-8", csv.contentType().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"documents.csv\"", csv.header("Content-Disposition"));
        assertEquals(json.header("Link"), csv.header("Link"));
        assertEquals("Accept, Accept-Language", csv.header("Vary"));

        CsvTable table = CsvTable.of(csv.asByteArray());
        assertEquals(List.of(DocumentSummary.CSV_HEADER.split(",")), table.header());
        assertEquals(3, json.<Integer>path("totalItems"));
        assertEquals(json.<List<String>>path("items.id"), table.column("id"));
        assertEquals(List.of("DECISION", "DECISION", "DECISION"), table.column("type"));
        assertEquals("Решение о границе " + word, table.cell(0, "title"));
        assertEquals("border;граница", table.cell(0, "tags"));
        assertEquals(ReservedYear.SCRATCH.on(3, 1).toString(), table.cell(0, "adoptedOn"));
        assertEquals("", table.cell(0, "validTo"));
        assertEquals("Договор \"Щит\", часть 2 " + word, table.cell(1, "title"));
        assertTrue(table.raw().contains(",\"Договор \"\"Щит\"\", часть 2 " + word + "\","), table.raw());
        assertEquals("'=HYPERLINK(\"http://example.org\",\"клик\") " + word, table.cell(2, "title"));
        assertEquals("", table.cell(2, "tags"));
    }

    @Test
    void acceptLanguagePicksTheTitleAndTextCellsAreNeutralised() {
        String word = fourDocuments();
        CsvTable table = CsvTable.get(reader().header("Accept-Language", "en").queryParam("q", word)
                .queryParam("type", "DECISION").queryParam("sort", "adoptedOn"), "/api/v1/documents");
        assertEquals(List.of("Decision on the border " + word, "Treaty \"Shield\", part 2 " + word, "'-2+3 " + word),
                table.column("title"));
    }

    @Test
    void pagesAndTheirLinksAreTheJsonOnes() {
        String word = fourDocuments();
        Response csv = reader().accept("text/csv").queryParam("q", word).queryParam("sort", "adoptedOn")
                .queryParam("size", 3).queryParam("page", 1).get("/api/v1/documents");
        CsvTable table = CsvTable.of(csv.then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Протокол " + word), table.column("title"));
        String link = csv.header("Link");
        assertTrue(link.contains("page=0&size=3>; rel=\"first\""), link);
        assertTrue(link.contains("page=0&size=3>; rel=\"prev\""), link);
        assertTrue(link.contains("page=1&size=3>; rel=\"last\""), link);
        assertTrue(!link.contains("rel=\"next\""), link);

        CsvTable empty = CsvTable.get(reader().queryParam("q", Unique.word()), "/api/v1/documents");
        assertEquals(List.of(DocumentSummary.CSV_HEADER.split(",")), empty.header());
        assertEquals(List.of(), empty.rows());
    }

    @Test
    void jsonStaysTheDefault() throws Exception {
        String word = fourDocuments();
        for (String accept : new String[] {null, "*/*", "application/json", "application/*",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json, text/csv;q=0.5"}) {
            HttpResponse<String> response = get(word, accept);
            assertEquals(200, response.statusCode(), accept);
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0], accept);
            assertTrue(response.body().startsWith("{\"items\":["), accept + ": " + response.body());
            assertTrue(response.body().contains("\"totalItems\":4"), accept + ": " + response.body());
            assertNull(response.headers().firstValue("Content-Disposition").orElse(null), accept);
        }
        for (String accept : new String[] {"text/csv", "text/*", "text/csv, application/json;q=0.5"}) {
            HttpResponse<String> response = get(word, accept);
            assertEquals(200, response.statusCode(), accept);
            assertEquals("text/csv", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0], accept);
            assertTrue(response.body().startsWith("\uFEFFid,reference,"), accept + ": " + response.body());
        }
    }

    @Test
    void otherRepresentationsAndBadParametersAreProblems() {
        assertProblem(reader().accept("application/xml").get("/api/v1/documents").then(), 406, "/problems/not-acceptable");
        assertProblem(reader().accept("text/csv").queryParam("type", "NOPE").get("/api/v1/documents").then(), 400,
                "/problems/bad-parameter");
        assertProblem(reader().accept("text/csv").queryParam("sort", "title").get("/api/v1/documents").then(), 400,
                "/problems/bad-parameter");
        assertProblem(io.restassured.RestAssured.given().accept("text/csv").get("/api/v1/documents").then(), 401,
                "/problems/unauthenticated");
    }

    /** The list found by {@code word}, with the JDK client, which sends no Accept header unless told. */
    private HttpResponse<String> get(String word, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(documents + "?q=" + word))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reader:reader".getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
