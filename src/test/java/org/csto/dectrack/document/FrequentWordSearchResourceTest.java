package org.csto.dectrack.document;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.EveryWordFrequent;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A search by a word found in more documents than {@code dectrack.search.frequent-above} (here every word found at all)
 * walks the list's order and stops after the page: the same documents in the same order as a counted search, filters and visibility
 * applied, and a total that says only what the page shows (more than the items up to its end, or exactly them on the
 * last page).
 */
@QuarkusTest
@TestProfile(EveryWordFrequent.class)
class FrequentWordSearchResourceTest {
    private static String word;
    private static List<String> newestFirst;
    private static String confidential;

    @BeforeEach
    void sixDocumentsWithOneWord() {
        if (word != null) {
            return;
        }
        word = Unique.word();
        List<String> references = new ArrayList<>();
        // Adopted on 1 to 6 March: the list's default order is newest first.
        String[] types = {"DECISION", "STATEMENT", "DECISION", "STATEMENT", "DECISION", "DECISION"};
        for (int i = 0; i < types.length; i++) {
            Documents document = Documents.adopted(types[i], ReservedYear.SCRATCH.on(3, 1 + i))
                    .titled("Документ " + word + " " + i, "Document " + word + " " + i);
            if (i == 4) {
                document.with("classification", "CONFIDENTIAL");
            }
            String id = document.create();
            if (i == 4) {
                confidential = id;
            }
            references.add(0, secretariat().get("/api/v1/documents/" + id).then().extract().path("reference"));
        }
        newestFirst = references;
    }

    private static Response search(Object... parameters) {
        var request = secretariat().queryParam("q", word);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.get("/api/v1/documents");
    }

    @Test
    void pagesComeInOrderWithATotalThatSaysWhatThePageShows() {
        Response first = search("size", 2);
        first.then().statusCode(200)
                .body("items.reference", contains(newestFirst.get(0), newestFirst.get(1)))
                .body("totalItems", equalTo(2))
                .body("totalExact", equalTo(false))
                .body("next", notNullValue())
                .header("Link", containsString("rel=\"next\""))
                .header("Link", not(containsString("rel=\"last\"")));
        search("size", 2, "page", 1).then().statusCode(200)
                .body("items.reference", contains(newestFirst.get(2), newestFirst.get(3)))
                .body("totalItems", equalTo(4))
                .body("totalExact", equalTo(false));
        // The last page knows where the list ends.
        search("size", 2, "page", 2).then().statusCode(200)
                .body("items.reference", contains(newestFirst.get(4), newestFirst.get(5)))
                .body("totalItems", equalTo(6))
                .body("totalExact", equalTo(true))
                .body("next", nullValue());
        // A page past the end is counted, to say where the end is.
        search("size", 2, "page", 7).then().statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(6))
                .body("totalExact", equalTo(true));
        // After a cursor: the same documents, and more than those shown (some came before the cursor).
        search("size", 2, "cursor", first.path("next")).then().statusCode(200)
                .body("items.reference", contains(newestFirst.get(2), newestFirst.get(3)))
                .body("totalExact", equalTo(false));
        // Another order is counted as before.
        search("size", 2, "sort", "reference").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("totalExact", equalTo(true));
    }

    @Test
    void filtersAndVisibilityApplyOnTheWalk() {
        // Decisions were adopted on 1, 3, 5 and 6 March: newest first, the 6th, 5th (confidential), 3rd and 1st.
        search("type", "DECISION", "size", 10).then().statusCode(200)
                .body("items.reference", contains(newestFirst.get(0), newestFirst.get(1), newestFirst.get(3), newestFirst.get(5)))
                .body("totalItems", equalTo(4))
                .body("totalExact", equalTo(true));
        reader().queryParam("q", word).queryParam("size", 10).get("/api/v1/documents").then().statusCode(200)
                .body("items.id", not(contains(confidential)))
                .body("items.reference", contains(newestFirst.get(0), newestFirst.get(2), newestFirst.get(3), newestFirst.get(4),
                        newestFirst.get(5)))
                .body("totalItems", equalTo(5))
                .body("totalExact", equalTo(true));
        // Two words: every document has both, the page is the same.
        secretariat().queryParam("q", word + " document").queryParam("size", 3).get("/api/v1/documents").then().statusCode(200)
                .body("items.reference", contains(newestFirst.get(0), newestFirst.get(1), newestFirst.get(2)))
                .body("totalExact", equalTo(false));
    }
}
