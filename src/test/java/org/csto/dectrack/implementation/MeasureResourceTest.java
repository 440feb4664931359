package org.csto.dectrack.implementation;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeasureResourceTest {
    static final LocalDate TODAY = TestClock.today();

    static String programme() {
        return Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
    }

    static Measures measure(Measures measure, String title, String lead) {
        return measure.titled(title).with("lead", lead);
    }

    /** A report filed on {@code on}; each of progress, status and reason may be null. */
    static Response report(String measure, LocalDate on, Integer progress, String status, String reason) {
        return Reports.on(measure).with("reportedOn", on).with("progress", progress).with("status", status).with("reason", reason)
                .post();
    }

    @Test
    void weightedRollUpLeavesCancelledTasksOut() {
        String doc = programme();
        String top = measure(Measures.of(doc), "Программа", "TJ").create();
        String stage1 = measure(Measures.under(top), "Этап 1", "TJ").create();
        String stage2 = measure(Measures.under(top), "Этап 2", "TJ").with("weight", 3).create();
        String t1 = measure(Measures.under(stage1), "Задача 1", "TJ").create();
        String t2 = measure(Measures.under(stage1), "Задача 2", "KZ").create();
        String t3 = measure(Measures.under(stage1), "Задача 3", "RU").with("weight", 2).create();
        reader().get("/api/v1/measures/" + t3).then().body("reference", org.hamcrest.Matchers.endsWith("/M1.1.3")).body("depth", equalTo(3));

        report(t1, TODAY, 100, null, null).then().statusCode(201);
        report(t1, TODAY, null, "COMPLETED", null).then().statusCode(201);
        report(t2, TODAY, 50, null, null).then().statusCode(201);
        report(t3, TODAY, null, "CANCELLED", "Merged into task 2").then().statusCode(201);
        report(stage2, TODAY, 20, "IN_PROGRESS", null).then().statusCode(201);

        // Stage 1: (100×1 + 50×1) / 2 = 75 (task 3 cancelled); programme: (75×1 + 20×3) / 4 = 33.75.
        reader().get("/api/v1/measures/" + stage1).then().body("progress", equalTo(75.0f)).body("status", equalTo("IN_PROGRESS"));
        reader().get("/api/v1/measures/" + top).then().body("progress", equalTo(33.75f)).body("children", equalTo(2));
        reader().get("/api/v1/documents/" + doc + "/implementation").then().statusCode(200)
                .body("progress", equalTo(33.75f))
                .body("measures", equalTo(6))
                .body("byStatus.COMPLETED", equalTo(1))
                .body("byStatus.CANCELLED", equalTo(1))
                .body("byStatus.IN_PROGRESS", equalTo(4))
                .body("parts", hasSize(1))
                .body("parts[0].progress", equalTo(33.75f));

        // A parent's progress is never set directly.
        assertProblem(report(stage1, TODAY, 90, null, null).then(), 409, "/problems/conflict");
        Map<String, Object> put = measure(Measures.under(null), "Этап 1", "TJ").input();
        put.put("progress", 90);
        assertProblem(secretariat().header("If-Match", etag("/api/v1/measures/" + stage1)).body(put)
                .put("/api/v1/measures/" + stage1).then(), 409, "/problems/conflict");

        // Changing a weight moves the roll-up: stage 2 weight 1 → (75 + 20) / 2 = 47.5.
        Map<String, Object> reweighed = measure(Measures.under(null), "Этап 2", "TJ").input();
        secretariat().header("If-Match", etag("/api/v1/measures/" + stage2)).body(reweighed).put("/api/v1/measures/" + stage2)
                .then().statusCode(200).body("weight", equalTo(1));
        reader().get("/api/v1/measures/" + top).then().body("progress", equalTo(47.5f));

        // Completing every live task completes the stage.
        report(t2, TODAY, null, "COMPLETED", null).then().statusCode(201);
        reader().get("/api/v1/measures/" + stage1).then().body("progress", equalTo(100.0f)).body("status", equalTo("COMPLETED"));
        reader().get("/api/v1/measures/" + top + "/children").then().body("reference", hasSize(2));
    }

    @Test
    void statusTransitionsAreEnforced() {
        String doc = programme();
        String m = measure(Measures.of(doc), "Мера", "KZ").create();
        assertProblem(report(m, TODAY, null, "COMPLETED", null).then(), 409, "/problems/invalid-transition")
                .body("allowed", contains("IN_PROGRESS", "CANCELLED"));
        report(m, TODAY, null, "CANCELLED", null).then().statusCode(400);
        report(m, TODAY, null, "CANCELLED", "No longer needed").then().statusCode(201);
        assertProblem(report(m, TODAY, null, "IN_PROGRESS", null).then(), 409, "/problems/invalid-transition")
                .body("allowed", hasSize(0));

        String n = measure(Measures.of(doc), "Мера 2", "KZ").create();
        report(n, TODAY, 30, null, null).then().statusCode(201).body("status", equalTo("IN_PROGRESS"));
        assertProblem(report(n, TODAY, 90, "COMPLETED", null).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("progress"));
        report(n, TODAY, null, "COMPLETED", null).then().statusCode(201);
        reader().get("/api/v1/measures/" + n).then().body("progress", equalTo(100.0f));
        assertProblem(report(n, TODAY, null, "IN_PROGRESS", null).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("reason"));
        report(n, TODAY, 80, "IN_PROGRESS", "Deliveries incomplete").then().statusCode(201).body("previousStatus", equalTo("COMPLETED"));
        reader().get("/api/v1/measures/" + n + "/reports").then().statusCode(200).body("items", hasSize(3))
                .body("items[2].reason", equalTo("Deliveries incomplete")).body("items[0].createdBy", equalTo("secretariat"));
    }

    @Test
    void reportDatesAreChecked() {
        String m = measure(Measures.of(programme()), "Мера", "KZ").create();
        assertProblem(report(m, TestClock.latestReportDate().plusDays(1), 10, null, null).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("reportedOn"));
        report(m, TODAY.minusDays(5), 10, null, null).then().statusCode(201);
        assertProblem(report(m, TODAY.minusDays(6), 20, null, null).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("reportedOn"));
        reader().get("/api/v1/measures/" + m + "/reports").then().body("items", hasSize(1));
        String location = report(m, TODAY, 30, null, null).then().statusCode(201).extract().header("Location");
        reader().get(location).then().statusCode(200).body("progress", equalTo(30.0f)).body("previousProgress", equalTo(10.0f));
        assertProblem(reader().get("/api/v1/measures/" + m + "/reports/0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01").then(), 404,
                "/problems/not-found");
    }

    @Test
    void overdueAndAtRiskAreComputedForToday() {
        String doc = programme();
        String late = measure(Measures.of(doc), "Просрочено", "KG").with("startDate", TODAY.minusDays(100))
                .with("dueDate", TODAY.minusDays(3)).create();
        String risky = measure(Measures.of(doc), "Под угрозой", "KG").with("startDate", TODAY.minusDays(20))
                .with("dueDate", TODAY.plusDays(10)).create();
        String fine = measure(Measures.of(doc), "В срок", "KG").with("startDate", TODAY.minusDays(20))
                .with("dueDate", TODAY.plusDays(10)).create();
        report(fine, TODAY, 90, null, null).then().statusCode(201);
        reader().get("/api/v1/measures/" + late).then().body("overdue", equalTo(true)).body("daysLate", equalTo(3));
        reader().get("/api/v1/measures/" + risky).then().body("atRisk", equalTo(true)).body("overdue", equalTo(false));
        reader().get("/api/v1/measures/" + fine).then().body("atRisk", equalTo(false));
        // the ETag names what the day made of the measure, so a 304 cannot hide a flag that flipped overnight
        String lateTag = etag("/api/v1/measures/" + late);
        String version = lateTag.substring(1, lateTag.indexOf('.'));
        assertEquals("\"" + version + ".late3\"", lateTag);
        reader().header("If-None-Match", lateTag).get("/api/v1/measures/" + late).then().statusCode(304);
        reader().header("If-None-Match", "\"" + version + "\"").get("/api/v1/measures/" + late).then().statusCode(200);
        assertEquals(true, etag("/api/v1/measures/" + risky).endsWith(".risk\""));
        assertEquals(false, etag("/api/v1/measures/" + fine).contains("."));
        reader().queryParam("document", doc).queryParam("overdue", "true").get("/api/v1/measures").then()
                .body("items.id", contains(late));
        reader().queryParam("document", doc).queryParam("atRisk", "true").get("/api/v1/measures").then()
                .body("items.id", contains(risky));
        reader().queryParam("document", doc).queryParam("atRisk", "false").queryParam("overdue", "false").get("/api/v1/measures")
                .then().body("items.id", contains(fine));
        reader().get("/api/v1/documents/" + doc + "/implementation").then()
                .body("overdue", equalTo(1)).body("atRisk", equalTo(1))
                .body("nextDeadline", equalTo(TODAY.plusDays(10).toString()))
                .body("late.id", contains(late));
        reader().get("/api/v1/parties/KG/measures").then().statusCode(200).body("items.id", hasItem(late))
                .body("items.status", everyItem(not(equalTo("COMPLETED"))));
    }

    @Test
    void demoStageOneOfTheBorderProgrammeIsOverdueForTajikistan() {
        reader().queryParam("lead", "TJ").queryParam("overdue", "true").queryParam("size", 200).get("/api/v1/measures").then()
                .statusCode(200)
                .body("items.titles.en", hasItem("Stage 1 (2025): suppliers, funding and contracts"))
                .body("items.lead", everyItem(equalTo("TJ")))
                .body("items.overdue", everyItem(equalTo(true)));
        String programme = reader().get("/api/v1/documents/by-reference/CSC-2024-02A").then().extract().path("id");
        reader().get("/api/v1/documents/" + programme + "/implementation").then().statusCode(200)
                .body("parts", hasSize(3)).body("parts[0].status", equalTo("IN_PROGRESS"));
        String session = reader().queryParam("body", "CSC").queryParam("year", 2024).get("/api/v1/sessions").then().extract().path("items[0].id");
        // The decision approves the programme, adopted at the same session: the programme counts inside the decision.
        reader().get("/api/v1/sessions/" + session + "/implementation").then().statusCode(200)
                .body("parts.subject", hasItem("CSC-2024-02")).body("parts.subject", not(hasItem("CSC-2024-02A")))
                .body("documents.find { it.reference == 'CSC-2024-02A' }.via", equalTo("CSC-2024-02"))
                .body("documents.find { it.reference == 'CSC-2024-02A' }.relation", equalTo("APPROVES"));
        String decision = reader().get("/api/v1/documents/by-reference/CSC-2024-02").then().extract().path("id");
        reader().get("/api/v1/documents/" + decision + "/implementation").then().statusCode(200)
                .body("parts.subject", hasItem("CSC-2024-02A/M1")).body("documents.reference", hasItem("CSC-2024-02A"));
    }

    @Test
    void concurrentReportsWithTheSameETagLetExactlyOneThrough() throws Exception {
        String m = measure(Measures.of(programme()), "Гонка", "RU").create();
        String etag = etag("/api/v1/measures/" + m);
        int clients = 20;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int progress = i + 1;
            results.add(pool.submit(() -> {
                start.await();
                return Reports.on(m).with("reportingParty", "RU").with("texts", Map.of("ru", "Отчёт " + progress))
                        .with("progress", progress).ifMatch(etag).post().statusCode();
            }));
        }
        start.countDown();
        int created = 0;
        int stale = 0;
        for (Future<Integer> result : results) {
            int status = result.get();
            if (status == 201) {
                created++;
            } else if (status == 412) {
                stale++;
            }
        }
        pool.shutdown();
        assertEquals(1, created, "exactly one report accepted");
        assertEquals(clients - 1, stale, "all others refused as stale");
        reader().get("/api/v1/measures/" + m + "/reports").then().body("items", hasSize(1)).body("totalItems", equalTo(1));
    }

    @Test
    void concurrentReportsWithoutETagAllLand() throws Exception {
        String doc = programme();
        String parent = measure(Measures.of(doc), "Этап", "RU").create();
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(measure(Measures.under(parent), "Задача " + i, "RU").create());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            for (String task : tasks) {
                int progress = round * 40;
                results.add(pool.submit(() -> report(task, TODAY, progress, null, null).statusCode()));
            }
        }
        for (Future<Integer> result : results) {
            assertEquals(201, result.get());
        }
        pool.shutdown();
        for (String task : tasks) {
            reader().get("/api/v1/measures/" + task + "/reports").then().body("totalItems", equalTo(2));
        }
        float parentProgress = reader().get("/api/v1/measures/" + parent).then().extract().path("progress");
        float expected = 0;
        for (String task : tasks) {
            float p = reader().get("/api/v1/measures/" + task).then().extract().path("progress");
            expected += p / tasks.size();
        }
        assertEquals(expected, parentProgress, 0.01, "parent roll-up equals the mean of its tasks");
    }

    @Test
    void validationAndStructure() {
        String doc = programme();
        assertProblem(measure(Measures.of(doc), "Мера", "XX").post().then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("lead"));
        assertProblem(measure(Measures.of(doc), "Мера", "KZ").with("startDate", TODAY).with("dueDate", TODAY.minusDays(1)).post()
                .then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("dueDate"));
        assertProblem(measure(Measures.of(doc), "Мера", "KZ").with("contributors", List.of("JS", "ZZ")).post().then(), 400,
                "/problems/validation")
                .body("violations[0].field", equalTo("contributors[1]"));
        assertProblem(measure(Measures.of("0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01"), "Мера", "KZ").post().then(), 400,
                "/problems/validation")
                .body("violations[0].field", equalTo("document"));
        assertProblem(reader().body(measure(Measures.of(doc), "Мера", "KZ").input()).post("/api/v1/measures").then(), 403,
                "/problems/forbidden");

        String parent = measure(Measures.of(doc), "Уровень 1", "KZ").create();
        for (int level = 2; level <= 5; level++) {
            parent = measure(Measures.under(parent), "Уровень " + level, "KZ").create();
        }
        assertProblem(measure(Measures.under(parent), "Уровень 6", "KZ").post().then(),
                400, "/problems/validation").body("violations[0].field", equalTo("parent"));

        String leaf = measure(Measures.of(doc), "Лист", "KZ").create();
        assertProblem(secretariat().delete("/api/v1/measures/" + leaf).then(), 428, "/problems/precondition-required");
        report(leaf, TODAY, 10, null, null).then().statusCode(201);
        assertProblem(secretariat().header("If-Match", etag("/api/v1/measures/" + leaf)).delete("/api/v1/measures/" + leaf).then(),
                409, "/problems/conflict");
        String empty = measure(Measures.of(doc), "Пусто", "KZ").create();
        secretariat().header("If-Match", etag("/api/v1/measures/" + empty)).delete("/api/v1/measures/" + empty).then().statusCode(204);
        assertProblem(reader().queryParam("overdue", "maybe").get("/api/v1/measures").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("sort", "title").get("/api/v1/measures").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("status", "DONE").get("/api/v1/measures").then(), 400, "/problems/bad-parameter");
        assertProblem(reader().queryParam("status", "PLANNED", "PLANNED", "PLANNED", "PLANNED", "PLANNED", "PLANNED")
                .get("/api/v1/measures").then(), 400, "/problems/bad-parameter"); // the spec's maxItems: 5
        reader().queryParam("q", "уровень 5").queryParam("document", doc).get("/api/v1/measures").then().body("items", hasSize(1));
        reader().queryParam("q", "уровень_5").queryParam("document", doc).get("/api/v1/measures").then()
                .body("items", hasSize(0)); // '_' is a character to find, not a wildcard
    }

    @Test
    void aDocumentThatMeasuresCarryOutIsNotDeletedUnderThem() {
        String document = Documents.draft("DECISION").create();
        String measure = Measures.of(document).create();
        String path = "/api/v1/documents/" + document;

        assertProblem(secretariat().header("If-Match", etag(path)).delete(path).then(), 409, "/problems/conflict")
                .body("detail", equalTo("Document " + reader().get(path).then().extract().path("reference")
                        + " cannot be deleted: 1 measure(s) carry it out; delete them first"));
        reader().get(path).then().statusCode(200);

        secretariat().header("If-Match", etag("/api/v1/measures/" + measure)).delete("/api/v1/measures/" + measure)
                .then().statusCode(204);
        secretariat().header("If-Match", etag(path)).delete(path).then().statusCode(204);
        assertProblem(reader().get(path).then(), 410, "/problems/gone");
    }
}
