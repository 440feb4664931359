package org.csto.dectrack.document;

import static org.csto.dectrack.support.Api.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /documents?legalForce=X} re-states in SQL the rule that computes each document's {@code legalForce}: for
 * every value, the filter returns exactly the documents whose field says that value.
 */
@QuarkusTest
class LegalForceFilterResourceTest {
    static final List<String> VALUES = List.of("NOT_YET_IN_FORCE", "IN_FORCE", "PARTIALLY_IN_FORCE", "EXPIRED", "SUPERSEDED",
            "REPEALED");
    static final LocalDate TODAY = TestClock.today();
    static final LocalDate ADOPTED = ReservedYear.SCRATCH.on(6, 1);

    final String tag = "force-" + Unique.word();

    Documents draft() {
        return Documents.draft("DECISION").with("tags", List.of(tag));
    }

    Documents adopted() {
        return Documents.adopted("DECISION", ADOPTED).with("tags", List.of(tag));
    }

    /** A protocol needing {@code needed} notifications (null: every ratifying state's), with RU and KZ ratifying. */
    String protocol(Integer needed, boolean kazakhstanNotified) {
        String id = Documents.adopted("PROTOCOL", ADOPTED).with("tags", List.of(tag)).with("ratificationRequired", true)
                .with("notificationsForEntryIntoForce", needed).create();
        Documents.ratification(id, "RU", notified(ADOPTED.plusMonths(2)));
        Documents.ratification(id, "KZ", kazakhstanNotified ? notified(ADOPTED.plusMonths(3)) : Map.of("signedOn", ADOPTED.toString()));
        return id;
    }

    static Map<String, Object> notified(LocalDate on) {
        return Map.of("signedOn", ADOPTED.toString(), "ratifiedOn", on.minusDays(10).toString(), "notifiedOn", on.toString());
    }

    @Test
    void eachValueOfTheFilterReturnsExactlyTheDocumentsThatShowIt() {
        draft().create();
        Documents.draft("DECISION").with("tags", List.of(tag)).with("validTo", TODAY.minusDays(1)).create();
        adopted().create();
        adopted().with("validTo", TODAY.minusDays(1)).create();
        adopted().with("validTo", TODAY).create();
        adopted().with("validFrom", TODAY.plusDays(1)).create();
        adopted().with("validFrom", TODAY).create();
        protocol(1, false);
        protocol(1, true);
        protocol(2, false);
        protocol(null, false);
        protocol(null, true);
        Documents.relate(adopted().create(), "SUPERSEDES", adopted().create());
        Documents.relate(adopted().create(), "REPEALS", adopted().create());
        Documents.relate(adopted().create(), "SUPERSEDES", adopted().with("validTo", TODAY.minusDays(1)).create());
        String twice = adopted().create();
        Documents.relate(adopted().create(), "SUPERSEDES", twice);
        Documents.relate(adopted().create(), "REPEALS", twice);

        Map<String, String> shown = new HashMap<>();
        List<Map<String, Object>> items = reader().queryParam("tag", tag).queryParam("size", 200).get("/api/v1/documents")
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> item : items) {
            shown.put((String) item.get("id"), (String) item.get("legalForce"));
        }
        for (String value : VALUES) {
            Set<String> expected = new TreeSet<>();
            shown.forEach((id, force) -> {
                if (force.equals(value)) {
                    expected.add(id);
                }
            });
            assertFalse(expected.isEmpty(), "no document of this test is " + value);
            List<String> filtered = reader().queryParam("tag", tag).queryParam("legalForce", value).queryParam("size", 200)
                    .get("/api/v1/documents").then().statusCode(200).extract().path("items.id");
            assertEquals(expected, new TreeSet<>(filtered), "legalForce=" + value);
        }
    }
}
