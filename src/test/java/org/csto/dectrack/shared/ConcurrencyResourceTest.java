package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Api.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * 64 clients writing the same records at once: with If-Match exactly one write per version wins and the others get 412;
 * without it every write lands under the row lock; counters and roll-ups equal what the accepted writes imply.
 */
@QuarkusTest
class ConcurrencyResourceTest {
    static final int CLIENTS = 64;

    /** Runs {@code CLIENTS} requests released at the same instant; returns the responses in client order. */
    static List<Response> race(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch ready = new CountDownLatch(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(client);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<Integer, Integer> statuses(List<Response> responses) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Response response : responses) {
            counts.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 400) {
                assertTrue(response.contentType().startsWith("application/problem+json"), response.asString());
            }
        }
        return counts;
    }

    static String document(String type) {
        return Documents.adopted(type, ReservedYear.SCRATCH.on(11, 28)).create();
    }

    static String measure(Measures measure, String lead, int weight) {
        return measure.with("lead", lead).with("weight", weight).create();
    }

    static Reports report(String measure, int progress) {
        return Reports.on(measure).with("texts", Map.of("ru", "Отчёт " + progress, "en", "Report " + progress))
                .with("progress", progress);
    }

    /** The ETag one version later, with the same day's part ({@code "4.in_force"} after {@code "3.in_force"}). */
    private static String nextVersion(String etag) {
        String value = etag.replace("\"", "");
        int dot = value.indexOf('.');
        long version = Long.parseLong(dot < 0 ? value : value.substring(0, dot));
        return "\"" + (version + 1) + (dot < 0 ? "" : value.substring(dot)) + "\"";
    }

    @Test
    void ofSixtyFourSessionUpdatesWithOneETagExactlyOneWins() throws Exception {
        Sessions session = Sessions.held(ReservedYear.SCRATCH.on(6, 1)).with("city", "Start").with("attendees", List.of("RU", "BY"));
        Map<String, Object> input = session.input();
        String id = session.create();
        String etag = etag("/api/v1/sessions/" + id);

        List<Response> responses = race(client -> {
            Map<String, Object> update = new HashMap<>(input);
            update.put("city", "City " + client);
            update.put("attendees", client % 2 == 0 ? List.of("KZ") : List.of("KG", "TJ"));
            return secretariat().header("If-Match", etag).body(update).put("/api/v1/sessions/" + id);
        });

        assertEquals(Map.of(200, 1, 412, CLIENTS - 1), statuses(responses));
        Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        String city = winner.path("city");
        List<String> attendees = winner.path("attendees");
        reader().get("/api/v1/sessions/" + id).then().statusCode(200)
                .header("ETag", equalTo(winner.header("ETag")))
                .body("city", equalTo(city))
                .body("attendees", equalTo(attendees));
        assertEquals(nextVersion(etag), winner.header("ETag"), "one version step");
    }

    @Test
    void ofSixtyFourReportsWithOneMeasureETagExactlyOneLandsAndTheParentFollowsIt() throws Exception {
        String doc = document("PROGRAMME");
        String parent = measure(Measures.of(doc), "TJ", 1);
        String contested = measure(Measures.under(parent), "TJ", 2);
        String other = measure(Measures.under(parent), "KZ", 1);
        report(other, 40).create();
        String etag = etag("/api/v1/measures/" + contested);

        List<Response> responses = race(client -> report(contested, client + 1).ifMatch(etag).post());

        assertEquals(Map.of(201, 1, 412, CLIENTS - 1), statuses(responses));
        Response winner = responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
        int progress = ((Number) winner.path("progress")).intValue();
        reader().get("/api/v1/measures/" + contested + "/reports").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].progress", equalTo((float) progress));
        reader().get("/api/v1/measures/" + contested).then().statusCode(200)
                .header("ETag", equalTo(winner.header("ETag")))
                .body("progress", equalTo((float) progress)).body("status", equalTo("IN_PROGRESS"));
        double expected = Math.round((progress * 2 + 40 * 1) / 3.0 * 100.0) / 100.0;
        reader().get("/api/v1/measures/" + parent).then().statusCode(200)
                .body("progress", equalTo((float) expected)).body("status", equalTo("IN_PROGRESS"));
        reader().get("/api/v1/documents/" + doc + "/implementation").then().statusCode(200)
                .body("progress", equalTo((float) expected)).body("measures", equalTo(3));
    }

    @Test
    void sixtyFourReportsWithoutETagAllLandAndTheRollUpCountsEach() throws Exception {
        String top = measure(Measures.of(document("PROGRAMME")), "RU", 1);
        List<String> stages = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            stages.add(measure(Measures.under(top), "RU", 1 + s));
        }
        List<String> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            tasks.add(measure(Measures.under(stages.get(t % 2)), "KZ", 1 + t));
        }

        // Each task gets 16 reports, its own progress rising with the client number: the last one to commit sets it.
        List<Response> responses = race(client -> report(tasks.get(client % 4), 1 + client / 4).post());
        Map<Integer, Integer> counts = statuses(responses);
        int accepted = counts.getOrDefault(201, 0);
        int refused = counts.getOrDefault(400, 0); // a report may not be older than the previous one: same day, so none
        assertEquals(CLIENTS, accepted + refused, "only 201 or 400: " + counts);
        assertEquals(CLIENTS, accepted, "all reports accepted: " + counts);

        double[] progress = new double[4];
        for (int t = 0; t < 4; t++) {
            reader().queryParam("size", 100).get("/api/v1/measures/" + tasks.get(t) + "/reports").then().statusCode(200)
                    .body("totalItems", equalTo(CLIENTS / 4));
            // the latest report, by id order of commit, holds the measure's progress
            progress[t] = ((Number) reader().get("/api/v1/measures/" + tasks.get(t)).then().statusCode(200)
                    .extract().path("progress")).doubleValue();
            Set<Float> reported = new HashSet<>(reader().queryParam("size", 100).get("/api/v1/measures/" + tasks.get(t) + "/reports")
                    .then().extract().path("items.progress"));
            assertTrue(reported.contains((float) progress[t]), "task progress is one of its reports");
        }
        // stage s has tasks s and s+2 with weights 1+s and 3+s; the top has stages with weights 1 and 2.
        double stage0 = Math.round((progress[0] * 1 + progress[2] * 3) / 4 * 100.0) / 100.0;
        double stage1 = Math.round((progress[1] * 2 + progress[3] * 4) / 6 * 100.0) / 100.0;
        double overall = Math.round((stage0 * 1 + stage1 * 2) / 3 * 100.0) / 100.0;
        reader().get("/api/v1/measures/" + stages.get(0)).then().body("progress", equalTo((float) stage0));
        reader().get("/api/v1/measures/" + stages.get(1)).then().body("progress", equalTo((float) stage1));
        reader().get("/api/v1/measures/" + top).then().body("progress", equalTo((float) overall));
    }

    @Test
    void sixtyFourChildrenCreatedAtOnceAreCountedAndNumberedOnce() throws Exception {
        String parent = measure(Measures.of(document("PLAN")), "JS", 1);

        List<Response> responses = race(client -> secretariat().body(Map.of("parent", parent,
                        "titles", Map.of("ru", "Задача " + client), "lead", "JS"))
                .post("/api/v1/measures"));

        assertEquals(Map.of(201, CLIENTS), statuses(responses));
        Set<String> references = new HashSet<>();
        for (Response response : responses) {
            references.add(response.path("reference"));
        }
        assertEquals(CLIENTS, references.size(), "every child numbered once");
        reader().get("/api/v1/measures/" + parent).then().body("children", equalTo(CLIENTS)).body("status", equalTo("PLANNED"));
        reader().get("/api/v1/measures/" + parent + "/children").then().body("$", hasSize(CLIENTS));
    }

    @Test
    void ofSixtyFourPositionUpdatesWithOneETagExactlyOneWins() throws Exception {
        String doc = document("DECISION");
        Documents.position(doc, "KZ", Map.of("position", "SIGNED"));
        String etag = etag("/api/v1/documents/" + doc + "/positions/KZ");
        String documentEtag = etag("/api/v1/documents/" + doc);

        List<Response> responses = race(client -> secretariat().header("If-Match", etag)
                .body(Map.of("position", "SIGNED", "reservation", "Reservation " + client))
                .put("/api/v1/documents/" + doc + "/positions/KZ"));

        assertEquals(Map.of(200, 1, 412, CLIENTS - 1), statuses(responses));
        String reservation = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("reservation");
        reader().get("/api/v1/documents/" + doc).then().statusCode(200)
                .body("positions.find { it.state == 'KZ' }.reservation", equalTo(reservation))
                .header("ETag", equalTo(nextVersion(documentEtag)));
    }

    @Test
    void simultaneousDocumentsWithoutAReferenceAreNumberedOnceEach() throws Exception {
        String body = Unique.bodyCode();
        admin().body(Map.of("code", body, "names", Map.of("ru", "Орган " + body, "en", "Body " + body), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then().statusCode(201);
        String day = ReservedYear.SCRATCH.on(6, 1).toString();

        List<Response> responses = race(client -> secretariat()
                .body(Documents.adopted("DECISION", ReservedYear.SCRATCH.on(6, 1)).with("body", body).input())
                .post("/api/v1/documents"));

        assertEquals(Map.of(201, CLIENTS), statuses(responses));
        Set<String> references = new HashSet<>();
        responses.forEach(response -> references.add(response.path("reference")));
        Set<String> expected = new HashSet<>();
        for (int n = 1; n <= CLIENTS; n++) {
            expected.add(body + "-" + day.substring(0, 4) + "-" + String.format("%02d", n));
        }
        assertEquals(expected, references, "numbered 01 to " + CLIENTS + " without a gap or a repeat");
    }
}
