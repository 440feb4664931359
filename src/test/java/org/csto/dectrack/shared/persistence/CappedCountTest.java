package org.csto.dectrack.shared.persistence;

import static org.csto.dectrack.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.csto.dectrack.shared.paging.Total;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * The capped count against the database, with caps small enough to pass: it stops one row past the cap and says the
 * total is not exact, and is exact at or under it (lists use {@link org.csto.dectrack.shared.paging.PageRequest#COUNT_CAP}).
 */
@QuarkusTest
class CappedCountTest {
    @Inject
    EntityManager em;

    private static String bodyWithDocuments(int documents) {
        String body = Unique.bodyCode();
        admin().body(Map.of("code", body, "names", Map.of("ru", "Орган " + body), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then().statusCode(201);
        for (int i = 0; i < documents; i++) {
            Documents.draft("DECISION").with("body", body).create();
        }
        return body;
    }

    private Total count(String body, int cap) {
        return new WhereClause().and("d.body = :body", "body", body).count(em, "Document d", "d.id", "d.id asc", cap);
    }

    @Test
    void countsUpToTheCapThenStops() {
        String body = bodyWithDocuments(4);
        assertEquals(new Total(2, false), count(body, 2));
        assertEquals(new Total(3, false), count(body, 3));
        assertEquals(new Total(4, true), count(body, 4));
        assertEquals(new Total(4, true), count(body, 100));
        assertEquals(new Total(0, true), count(Unique.bodyCode(), 2));
    }
}
