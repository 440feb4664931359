package org.csto.dectrack.history;

import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.csto.dectrack.support.Api;
import org.csto.dectrack.support.ChangeFeed;
import org.csto.dectrack.support.Documents;
import org.junit.jupiter.api.Test;

/** Following the change feed yields every committed change once, in commit order, also under concurrent writers. */
@QuarkusTest
class ChangeFeedResourceTest {
    private static long version(String path) {
        return Long.parseLong(etag(path).replaceAll("\"(\\d+).*", "$1"));
    }

    @Test
    void aFollowerSeesCreateUpdateAndDeleteInOrder() {
        long start = ChangeFeed.head(Api::reader);
        String id = Documents.draft("DECISION").create();
        String path = "/api/v1/documents/" + id;
        secretariat().header("If-Match", etag(path)).body(Documents.draft("DECISION").with("notes", "Changed").input())
                .put(path).then().statusCode(200);
        secretariat().header("If-Match", etag(path)).delete(path).then().statusCode(204);

        reader().queryParam("after", start).queryParam("types", "document").get("/api/v1/changes").then().statusCode(200)
                .body("items.id", contains(id, id, id))
                .body("items.operation", contains("CREATED", "UPDATED", "DELETED"))
                .body("items.type", contains("document", "document", "document"))
                .body("items.href", contains(path, path, path))
                .body("items.changedBy", contains("secretariat", "secretariat", "secretariat"));
        reader().queryParam("after", start).queryParam("types", "measure,session").get("/api/v1/changes").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void aLongPollReturnsAsSoonAsAChangeCommits() throws Exception {
        long start = ChangeFeed.head(Api::reader);
        CompletableFuture<JsonPath> poll = CompletableFuture.supplyAsync(() -> reader().queryParam("after", start)
                .queryParam("wait", 20).get("/api/v1/changes").then().statusCode(200).extract().jsonPath());
        Thread.sleep(300);
        String id = Documents.draft("DECISION").create();
        JsonPath page = poll.get(15, TimeUnit.SECONDS);
        assertEquals(List.of(id), page.getList("items.id"), "the poll returns the change made while it waited");
        assertEquals(page.getLong("items[0].cursor"), page.getLong("next"));
        reader().queryParam("after", page.getLong("next")).queryParam("wait", 0).get("/api/v1/changes").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty())
                .body("next", org.hamcrest.Matchers.equalTo((int) page.getLong("next")));
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        assertProblem(reader().queryParam("types", "documents").get("/api/v1/changes").then(), 400, "/problems/bad-parameter")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("types"));
        assertProblem(reader().queryParam("limit", 0).get("/api/v1/changes").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("wait", 31).get("/api/v1/changes").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("after", -1).get("/api/v1/changes").then(), 400, "/problems/bad-parameter");
    }

    /**
     * 16 writers change documents while a follower reads the feed with long polls: the follower receives every
     * acknowledged version exactly once, each document's versions in increasing order, cursors strictly increasing.
     */
    @Test
    void sixteenConcurrentWritersAndOneFollowerLoseAndRepeatNothing() throws Exception {
        long start = ChangeFeed.head(Api::reader);
        int writers = 16;
        int updates = 4;
        Map<String, List<Long>> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        Future<List<JsonPath>> follower = pool.submit(() -> {
            List<JsonPath> pages = new ArrayList<>();
            long next = start;
            boolean drained = false;
            while (!drained) {
                boolean wasWriting = writing.get();
                JsonPath page = reader().queryParam("after", next).queryParam("limit", 7).queryParam("wait", 1)
                        .queryParam("types", "document").get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
                pages.add(page);
                next = page.getLong("next");
                drained = !wasWriting && page.getList("items").isEmpty();
            }
            return pages;
        });
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> {
                String id = Documents.draft("DECISION").create();
                String path = "/api/v1/documents/" + id;
                List<Long> versions = new ArrayList<>();
                versions.add(version(path));
                for (int u = 1; u <= updates; u++) {
                    String etag = secretariat().header("If-Match", etag(path))
                            .body(Documents.draft("DECISION").with("notes", "Update " + u).input())
                            .put(path).then().statusCode(200).extract().header("ETag");
                    versions.add(Long.parseLong(etag.replaceAll("\"(\\d+).*", "$1")));
                }
                acknowledged.put(id, versions);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        List<JsonPath> pages = follower.get(120, TimeUnit.SECONDS);
        pool.shutdown();

        long lastCursor = start;
        Map<String, List<Long>> received = new HashMap<>();
        Set<Long> cursors = new HashSet<>();
        for (JsonPath page : pages) {
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                long cursor = ((Number) item.get("cursor")).longValue();
                assertTrue(cursor > lastCursor, "cursors increase: " + cursor + " after " + lastCursor);
                assertTrue(cursors.add(cursor));
                lastCursor = cursor;
                received.computeIfAbsent((String) item.get("id"), k -> new ArrayList<>())
                        .add(((Number) item.get("version")).longValue());
            }
        }
        assertEquals(writers, acknowledged.size());
        for (Map.Entry<String, List<Long>> written : acknowledged.entrySet()) {
            assertEquals(written.getValue(), received.get(written.getKey()),
                    "document " + written.getKey() + ": every acknowledged version once, in order");
        }
    }
}
