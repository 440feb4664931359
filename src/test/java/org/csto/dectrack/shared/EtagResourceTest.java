package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.junit.jupiter.api.Test;

/** An ETag changes whenever the representation it stands for does, so If-None-Match never hides a change. */
@QuarkusTest
class EtagResourceTest {
    /** Runs {@code change}, then checks that the resource has a new ETag and that the old one no longer gets a 304. */
    private static String changes(String path, String before, Runnable change) {
        change.run();
        String after = etag(path);
        assertNotEquals(before, after, path + " kept its ETag");
        reader().header("If-None-Match", before).get(path).then().statusCode(200);
        reader().header("If-None-Match", after).get(path).then().statusCode(304);
        return after;
    }

    @Test
    void aSessionsEtagFollowsItsDocuments() {
        String session = Sessions.held(ReservedYear.SCRATCH.on(3, 3)).create();
        String path = "/api/v1/sessions/" + session;
        String[] document = new String[1];

        String etag = changes(path, etag(path), () -> document[0] = Documents.draft("DECISION").at(session).create());
        reader().get(path).then().body("documents", hasSize(1));
        String documentPath = "/api/v1/documents/" + document[0];
        etag = changes(path, etag, () -> secretariat().body(Map.of("to", "ADOPTED", "adoptedOn", ReservedYear.SCRATCH.on(3, 3).toString()))
                .post(documentPath + "/transitions").then().statusCode(200));
        String other = Sessions.held(ReservedYear.SCRATCH.on(3, 4)).create();
        String otherEtag = etag("/api/v1/sessions/" + other);
        etag = changes(path, etag, () -> {
            Map<String, Object> moved = Documents.draft("DECISION").at(other).input();
            moved.put("adoptedOn", ReservedYear.SCRATCH.on(3, 4).toString());
            secretariat().header("If-Match", etag(documentPath)).body(moved).put(documentPath).then().statusCode(200);
        });
        reader().get(path).then().body("documents", hasSize(0));
        changes("/api/v1/sessions/" + other, otherEtag, () -> { });
    }

    @Test
    void aDocumentsEtagNamesItsLegalForceTodaySoTheCalendarCannotHideBehindA304() {
        String expired = Documents.adopted("DECISION", ReservedYear.SCRATCH.on(1, 10))
                .with("validTo", ReservedYear.SCRATCH.on(12, 31)).create();
        String path = "/api/v1/documents/" + expired;
        String tag = etag(path);
        String version = tag.substring(1, tag.indexOf('.'));
        assertEquals("\"" + version + ".expired\"", tag);
        reader().header("If-None-Match", tag).get(path).then().statusCode(304);
        // the tag it had while in force, before its validity ended: the representation changed, so no 304
        reader().header("If-None-Match", "\"" + version + ".in_force\"").get(path).then().statusCode(200);
        secretariat().header("If-Match", tag).body(Documents.adopted("DECISION", ReservedYear.SCRATCH.on(1, 10)).input())
                .put(path).then().statusCode(200);
    }

    @Test
    void aDocumentsEtagFollowsItsPositionsRatificationsAndRelations() {
        Map<String, Object> input = Documents.draft("AGREEMENT").with("ratificationRequired", true)
                .with("summaries", Map.of("ru", "Краткое содержание", "en", "Summary")).input();
        String document = secretariat().body(input).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        String target = Documents.draft("DECISION").create();
        String path = "/api/v1/documents/" + document;
        String targetPath = "/api/v1/documents/" + target;
        String targetBefore = etag(targetPath);
        Set<String> seen = new HashSet<>(List.of(etag(path)));

        String etag = changes(path, etag(path), () -> Documents.position(document, "KZ", Map.of("position", "SIGNED")));
        seen.add(etag);
        etag = changes(path, etag, () -> Documents.ratification(document, "RU", Map.of("signedOn", "2024-11-28")));
        seen.add(etag);
        seen.add(changes(path, etag, () -> Documents.relate(document, "REFERS_TO", target)));
        assertEquals(4, seen.size(), "every change gave a new ETag: " + seen);
        changes(targetPath, targetBefore, () -> { }); // the target lists the relation too
    }
}
