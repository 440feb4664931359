package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/** PATCH with JSON Merge Patch (RFC 7396) beside every PUT: same If-Match rule, validation and history as the PUT. */
@QuarkusTest
class MergePatchResourceTest {
    static final String MERGE_PATCH = "application/merge-patch+json";

    static RequestSpecification patch(String etag) {
        RequestSpecification request = secretariat().contentType(MERGE_PATCH);
        return etag == null ? request : request.header("If-Match", etag);
    }

    static String session() {
        return Sessions.held(ReservedYear.SCRATCH.on(6, 3)).with("endDate", ReservedYear.SCRATCH.on(6, 4))
                .with("notes", "Закрытое заседание")
                .with("agenda", List.of(Sessions.item("О плане", "On the plan", "Adopted"))).create();
    }

    @Test
    void aPatchChangesOneFieldAndLeavesTheRest() {
        String id = session();
        String path = "/api/v1/sessions/" + id + "?allowDuplicate=true";
        String before = etag(path);
        String after = patch(before).body(Map.of("city", "Astana")).patch(path).then().statusCode(200)
                .body("city", equalTo("Astana"))
                .body("body", equalTo("CMD"))
                .body("startDate", equalTo(ReservedYear.SCRATCH.on(6, 3).toString()))
                .body("endDate", equalTo(ReservedYear.SCRATCH.on(6, 4).toString()))
                .body("attendees", contains("BY", "KZ", "RU"))
                .body("agenda", hasSize(1))
                .body("agenda[0].titles.en", equalTo("On the plan"))
                .body("notes", equalTo("Закрытое заседание"))
                .extract().header("ETag");
        reader().get(path).then().statusCode(200).header("ETag", after).body("city", equalTo("Astana"));
        reader().get("/api/v1/sessions/" + id + "/history?sort=-version&size=1").then().statusCode(200)
                .body("items[0].operation", equalTo("UPDATED"))
                .body("items[0].changes.field", contains("city"))
                .body("items[0].changes[0].before", equalTo("Minsk"))
                .body("items[0].changes[0].after", equalTo("Astana"));
    }

    @Test
    void aStaleOrMissingIfMatchIsRefusedAndNothingChanges() {
        String id = session();
        String path = "/api/v1/sessions/" + id + "?allowDuplicate=true";
        String before = etag(path);
        patch(before).body(Map.of("city", "Astana")).patch(path).then().statusCode(200);
        assertProblem(patch(before).body(Map.of("city", "Bishkek")).patch(path).then(), 412, "/problems/precondition-failed");
        assertProblem(patch(null).body(Map.of("city", "Bishkek")).patch(path).then(), 428, "/problems/precondition-required");
        reader().get(path).then().body("city", equalTo("Astana"));
    }

    @Test
    void nullClearsAnOptionalFieldAndIsRefusedForARequiredOne() {
        String id = session();
        String path = "/api/v1/sessions/" + id + "?allowDuplicate=true";
        String etag = etag(path);
        java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
        clear.put("notes", null);
        clear.put("city", null);
        String cleared = patch(etag).body(clear).patch(path).then().statusCode(200)
                .body("notes", nullValue()).body("city", nullValue()).body("body", equalTo("CMD"))
                .extract().header("ETag");
        java.util.HashMap<String, Object> required = new java.util.HashMap<>();
        required.put("startDate", null);
        assertProblem(patch(cleared).body(required).patch(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("startDate"));
        reader().get(path).then().header("ETag", cleared);
    }

    @Test
    void aBadPatchIsA400NamingWhatIsWrong() {
        String id = session();
        String path = "/api/v1/sessions/" + id + "?allowDuplicate=true";
        String etag = etag(path);
        assertProblem(patch(etag).body("[1]").patch(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("body"));
        assertProblem(patch(etag).body("{\"city\":").patch(path).then(), 400, "/problems/malformed-request");
        assertProblem(patch(etag).body(Map.of("town", "Astana")).patch(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("town"));
        assertProblem(patch(etag).body(Map.of("startDate", "soon")).patch(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("startDate"));
        assertProblem(patch(etag).body(Map.of("endDate", ReservedYear.SCRATCH.on(6, 1).toString())).patch(path).then(),
                400, "/problems/validation").body("violations[0].field", equalTo("endDate"));
        assertProblem(secretariat().header("If-Match", etag).body(Map.of("city", "Astana")).patch(path).then(),
                415, "/problems/unsupported-media-type").body("detail", containsString(MERGE_PATCH));
        reader().get(path).then().header("ETag", etag).body("city", equalTo("Minsk"));
    }

    static Map<String, Object> nulls(String... fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            body.put(field, null);
        }
        return body;
    }

    @Test
    void documentsMergeTitlesMemberByMemberAndKeepTheirCollections() {
        String id = Documents.draft("DECISION").with("tags", List.of("alpha", "beta")).with("notes", "Черновик")
                .with("summaries", Map.of("ru", "Кратко", "en", "In short")).create();
        String path = "/api/v1/documents/" + id;
        String etag = etag(path);
        Map<String, Object> patch = new java.util.LinkedHashMap<>(nulls("notes"));
        patch.put("titles", nulls("en"));
        patch.put("summaries", Map.of("en", "Briefly"));
        String after = patch(etag).body(patch).patch(path).then().statusCode(200)
                .body("titles.en", nullValue())
                .body("titles.ru", org.hamcrest.Matchers.startsWith("Документ "))
                .body("summaries.ru", equalTo("Кратко")).body("summaries.en", equalTo("Briefly"))
                .body("notes", nullValue())
                .body("tags", contains("alpha", "beta"))
                .body("type", equalTo("DECISION")).body("adoptionStatus", equalTo("DRAFT"))
                .extract().header("ETag");
        assertProblem(patch(etag).body(Map.of("notes", "x")).patch(path).then(), 412, "/problems/precondition-failed");
        assertProblem(patch(after).body(Map.of("titles", nulls("ru"))).patch(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("titles.ru"));
        assertProblem(patch(after).body(nulls("type")).patch(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("type"));
        assertProblem(patch(after).body(Map.of("adoptionStatus", "ADOPTED")).patch(path).then(), 409, "/problems/invalid-transition");
        reader().get(path).then().header("ETag", after);
    }

    @Test
    void measuresKeepWhatThePatchLeavesOut() {
        String document = Documents.draft("PLAN").create();
        String id = Measures.of(document).with("contributors", List.of("JS", "RU")).with("dueDate", "2030-06-30")
                .with("notes", "Этап").create();
        String path = "/api/v1/measures/" + id;
        String after = patch(etag(path)).body(Map.of("dueDate", "2030-12-31")).patch(path).then().statusCode(200)
                .body("dueDate", equalTo("2030-12-31")).body("lead", equalTo("KZ"))
                .body("contributors", contains("JS", "RU")).body("notes", equalTo("Этап")).body("weight", equalTo(1))
                .extract().header("ETag");
        assertProblem(patch(after).body(nulls("lead")).patch(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("lead"));
        patch(after).body(nulls("notes", "contributors")).patch(path).then().statusCode(200)
                .body("notes", nullValue()).body("contributors", hasSize(0)).body("dueDate", equalTo("2030-12-31"));
    }

    @Test
    void positionsAndRatificationsArePatchedUnderTheirOwnEtags() {
        String id = Documents.adopted("AGREEMENT", java.time.LocalDate.of(1950, 11, 28)).with("ratificationRequired", true).create();
        String position = "/api/v1/documents/" + id + "/positions/KZ";
        assertProblem(patch("\"0\"").body(Map.of("date", "1950-11-28")).patch(position).then(), 404, "/problems/not-found");
        Documents.position(id, "KZ", Map.of("position", "SIGNED", "date", "1950-11-28", "reservation", "Оговорка"));
        patch(etag(position)).body(nulls("reservation")).patch(position).then().statusCode(200)
                .body("position", equalTo("SIGNED")).body("date", equalTo("1950-11-28")).body("reservation", nullValue());
        assertProblem(patch(etag(position)).body(nulls("position")).patch(position).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("position"));
        String ratification = "/api/v1/documents/" + id + "/ratifications/RU";
        Documents.ratification(id, "RU", Map.of("signedOn", "1950-11-28", "ratifiedOn", "1951-07-07"));
        patch(etag(ratification)).body(Map.of("notifiedOn", "1951-08-01")).patch(ratification).then().statusCode(200)
                .body("signedOn", equalTo("1950-11-28")).body("ratifiedOn", equalTo("1951-07-07"))
                .body("notifiedOn", equalTo("1951-08-01"));
        assertProblem(patch(etag(ratification)).body(Map.of("notifiedOn", "1951-07-01")).patch(ratification).then(),
                400, "/problems/validation").body("violations[0].field", equalTo("notifiedOn"));
    }

    @Test
    void referenceDataIsPatchedByAdmins() {
        String code = Unique.bodyCode();
        admin().body(Map.of("code", code, "names", Map.of("ru", "Комитет", "en", "Committee"), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then().statusCode(201);
        String path = "/api/v1/bodies/" + code;
        assertProblem(patch(etag(path)).body(Map.of("names", Map.of("en", "Board"))).patch(path).then(), 403, "/problems/forbidden");
        admin().contentType(MERGE_PATCH).header("If-Match", etag(path)).body(Map.of("names", Map.of("en", "Board")))
                .patch(path).then().statusCode(200)
                .body("names.ru", equalTo("Комитет")).body("names.en", equalTo("Board")).body("kind", equalTo("WORKING_BODY"));
        assertProblem(admin().contentType(MERGE_PATCH).header("If-Match", etag(path)).body(nulls("kind")).patch(path).then(),
                400, "/problems/validation").body("violations[0].field", equalTo("kind"));
        String kz = "/api/v1/member-states/KZ";
        admin().contentType(MERGE_PATCH).header("If-Match", etag(kz)).body(nulls("participationSince")).patch(kz).then()
                .statusCode(200).body("participationSince", nullValue())
                .body("participation", equalTo("ACTIVE")).body("names.en", equalTo("Republic of Kazakhstan"));
        admin().contentType(MERGE_PATCH).header("If-Match", etag(kz)).body(Map.of("participationSince", "1994-04-20")).patch(kz)
                .then().statusCode(200).body("participationSince", equalTo("1994-04-20"));
    }

    @Test
    void aChairmanshipIsPatchedOnlyOnceItExists() {
        int year = ReservedYear.MERGE_PATCH.year();
        String path = "/api/v1/chairmanships/" + year;
        RequestSpecification admin = admin().contentType(MERGE_PATCH);
        assertProblem(admin.header("If-Match", "\"0\"").body(Map.of("state", "RU")).patch(path).then(), 404, "/problems/not-found");
        admin().body(Map.of("state", "TJ", "from", year + "-01-01", "to", year + "-12-31")).put(path).then().statusCode(201);
        admin().contentType(MERGE_PATCH).header("If-Match", etag(path)).body(Map.of("state", "RU")).patch(path).then()
                .statusCode(200).body("state", equalTo("RU")).body("from", equalTo(year + "-01-01")).body("to", equalTo(year + "-12-31"));
        admin().header("If-Match", etag(path)).delete(path).then().statusCode(204);
    }
}
