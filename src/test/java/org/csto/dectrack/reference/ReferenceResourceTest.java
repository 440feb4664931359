package org.csto.dectrack.reference;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.anonymous;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Api.etag;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceResourceTest {
    @Test
    void memberStatesWithArmeniaSuspended() {
        reader().get("/api/v1/member-states").then().statusCode(200)
                .body("code", contains("AM", "BY", "KG", "KZ", "RU", "TJ"))
                .body("find { it.code == 'AM' }.participation", equalTo("SUSPENDED"))
                .body("find { it.code == 'AM' }.participationSince", equalTo("2024-02-01"))
                .body("find { it.code == 'KZ' }.name", equalTo("Республика Казахстан"))
                .body("find { it.code == 'KG' }.timeZone", equalTo("Asia/Bishkek"))
                .body("find { it.code == 'RU' }.timeZone", equalTo("Europe/Moscow"));
        reader().header("Accept-Language", "en-GB, ru;q=0.5").get("/api/v1/member-states/kz").then().statusCode(200)
                .body("name", equalTo("Republic of Kazakhstan")).body("names.ru", equalTo("Республика Казахстан"));
        assertProblem(reader().get("/api/v1/member-states/XX").then(), 404, "/problems/not-found");
        assertProblem(anonymous().get("/api/v1/member-states").then(), 401, "/problems/unauthenticated");
    }

    @Test
    void adminsChangeAStatesParticipation() {
        String path = "/api/v1/member-states/TJ";
        String etag = etag(path);
        admin().header("If-Match", etag).body(Map.of("names", Map.of("ru", "Республика Таджикистан", "en", "Republic of Tajikistan"),
                "participation", "SUSPENDED", "participationSince", "2030-01-01")).put(path)
                .then().statusCode(200).body("participation", equalTo("SUSPENDED")).body("timeZone", equalTo("Asia/Dushanbe"));
        assertProblem(admin().header("If-Match", etag(path)).body(Map.of("names", Map.of("ru", "Республика Таджикистан"),
                "participation", "ACTIVE", "timeZone", "Asia/Nowhere")).put(path).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("timeZone"));
        assertProblem(admin().header("If-Match", etag).body(Map.of("names", Map.of("ru", "Республика Таджикистан"),
                "participation", "ACTIVE")).put(path).then(), 412, "/problems/precondition-failed");
        admin().header("If-Match", etag(path)).body(Map.of("names", Map.of("ru", "Республика Таджикистан", "en", "Republic of Tajikistan"),
                "participation", "ACTIVE", "participationSince", "1994-04-20")).put(path)
                .then().statusCode(200).body("participation", equalTo("ACTIVE"));
        assertProblem(admin().body(Map.of("code", "KZ", "names", Map.of("ru", "Казахстан"), "participation", "ACTIVE"))
                .post("/api/v1/member-states").then(), 409, "/problems/conflict");
        assertProblem(admin().body(Map.of("code", "Kaz", "names", Map.of("ru", "Казахстан"), "participation", "ACTIVE"))
                .post("/api/v1/member-states").then(), 400, "/problems/validation").body("violations[0].field", equalTo("code"));
        assertProblem(admin().body(Map.of("code", "UZ", "names", Map.of("ru", "Узбекистан"), "participation", "MAYBE"))
                .post("/api/v1/member-states").then(), 400, "/problems/validation").body("violations[0].field", equalTo("participation"));
        reader().header("If-None-Match", etag(path)).get(path).then().statusCode(304);
    }

    @Test
    void bodies() {
        // tests add bodies of their own, all coded Unique.BODY_PREFIX...
        reader().get("/api/v1/bodies").then().statusCode(200)
                .body("findAll { !it.code.startsWith('" + Unique.BODY_PREFIX + "') }.code",
                        containsInAnyOrder("CSC", "CFM", "CMD", "CSSC", "PC", "PA", "SEC", "JS"))
                .body("find { it.code == 'CSC' }.kind", equalTo("SUPREME_COUNCIL"));
        reader().header("Accept-Language", "de").get("/api/v1/bodies/JS").then().body("name", equalTo("Объединённый штаб"));
        reader().header("Accept-Language", "en").get("/api/v1/bodies/JS").then().body("name", equalTo("Joint Staff"));
    }

    @Test
    void onlyAdminsWriteReferenceData() {
        Map<String, Object> body = Map.of("code", "CSXT", "names", Map.of("ru", "Тест", "en", "Test"), "kind", "WORKING_BODY");
        assertProblem(secretariat().body(body).post("/api/v1/bodies").then(), 403, "/problems/forbidden");
        String bodyCode = Unique.bodyCode();
        admin().body(Map.of("code", bodyCode, "names", Map.of("ru", "Рабочая группа", "en", "Working group"), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then().statusCode(201).body("code", equalTo(bodyCode));
        assertProblem(admin().body(Map.of("code", bodyCode, "names", Map.of("ru", "Рабочая группа"), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then(), 409, "/problems/conflict");
        String path = "/api/v1/bodies/" + bodyCode;
        assertProblem(admin().body(Map.of("names", Map.of("ru", "Группа"), "kind", "WORKING_BODY")).put(path).then(), 428,
                "/problems/precondition-required");
        admin().header("If-Match", etag(path)).body(Map.of("names", Map.of("ru", "Группа"), "kind", "WORKING_BODY")).put(path)
                .then().statusCode(200).body("name", equalTo("Группа"));
        assertProblem(admin().body(Map.of("code", "lower", "names", Map.of("ru", "x"), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then(), 400, "/problems/validation").body("violations[0].field", equalTo("code"));
        assertProblem(admin().body(Map.of("code", "ZZZ", "names", Map.of("en", "No Russian"), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then(), 400, "/problems/validation").body("violations[0].field", equalTo("names.ru"));
        String statePath = "/api/v1/member-states/BY";
        assertProblem(secretariat().header("If-Match", etag(statePath))
                .body(Map.of("names", Map.of("ru", "Республика Беларусь"), "participation", "ACTIVE")).put(statePath).then(),
                403, "/problems/forbidden");
    }

    @Test
    void chairmanships() {
        reader().get("/api/v1/chairmanships").then().statusCode(200).body("year", hasSize(8))
                .body("find { it.year == 2024 }.state", equalTo("KZ"));
        reader().get("/api/v1/chairmanships/on/2024-11-28").then().statusCode(200).body("state", equalTo("KZ"));
        reader().get("/api/v1/chairmanships/on/2022-11-23").then().statusCode(200).body("state", equalTo("AM"));
        reader().get("/api/v1/chairmanships/on/2020-12-02").then().statusCode(200).body("state", equalTo("RU"));
        reader().queryParam("on", "2019-11-28").get("/api/v1/chairmanships").then().body("state", contains("KG"));
        reader().get("/api/v1/chairmanships/current").then().statusCode(200).body("year", equalTo(TestClock.today().getYear()));
        assertProblem(reader().get("/api/v1/chairmanships/on/1990-01-01").then(), 404, "/problems/not-found");
        assertProblem(reader().get("/api/v1/chairmanships/on/yesterday").then(), 400, "/problems/bad-parameter");

        int year = ReservedYear.CHAIRMANSHIP.year();
        String path = "/api/v1/chairmanships/" + year;
        Map<String, Object> term = Map.of("state", "TJ", "from", year + "-01-01", "to", year + "-12-31");
        assertProblem(secretariat().body(term).put(path).then(), 403, "/problems/forbidden");
        assertProblem(admin().header("If-Match", "\"0\"").body(term).put(path).then(), 412, "/problems/precondition-failed");
        admin().body(term).put(path).then().statusCode(201).body("state", equalTo("TJ")).header("Location", endsWith(path));
        assertProblem(admin().body(term).put(path).then(), 428, "/problems/precondition-required");
        assertProblem(admin().body(Map.of("state", "TJ", "from", year + "-06-01", "to", year + "-06-30"))
                .put("/api/v1/chairmanships/" + (year + 1)).then(), 409, "/problems/conflict");
        assertProblem(admin().header("If-Match", etag(path)).body(Map.of("state", "TJ", "from", year + "-12-31", "to", year + "-01-01"))
                .put(path).then(), 400, "/problems/validation").body("violations[0].field", equalTo("to"));
        admin().header("If-Match", etag(path)).body(Map.of("state", "RU", "from", year + "-01-01", "to", year + "-12-31"))
                .put(path).then().statusCode(200).body("state", equalTo("RU"));
        admin().header("If-Match", etag(path)).delete(path).then().statusCode(204);
        assertProblem(reader().get(path).then(), 410, "/problems/gone");
    }
}
