package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.anonymous;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Problem titles, details and violation messages come in Russian when Accept-Language prefers Russian, in English
 * otherwise (also with no header); field names, types and enum values stay as in the API.
 */
@QuarkusTest
class LocalizedProblemResourceTest {
    static final String CYRILLIC = ".*[А-Яа-яЁё].*";

    @Test
    void aReportDatedInTheFutureIsRefusedInTheCallersLanguage() {
        String document = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        String measure = Measures.of(document).create();
        String latest = TestClock.today().plusDays(5).toString();
        Map<String, Object> report = Reports.on(measure).with("reportedOn", latest).input();
        String path = "/api/v1/measures/" + measure + "/reports";

        assertProblem(secretariat().header("Accept-Language", "ru").body(report).post(path).then(), 400, "/problems/validation")
                .body("title", equalTo("Запрос заполнен неверно"))
                .body("detail", equalTo("1 поле заполнено неверно"))
                .body("violations[0].field", equalTo("reportedOn"))
                .body("violations[0].message", matchesPattern("не должно быть в будущем \\(сегодня \\d{4}-\\d\\d-\\d\\d в самом "
                        + "восточном государстве-члене\\)"));
        assertProblem(secretariat().header("Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8").body(report).post(path).then(), 400,
                "/problems/validation").body("detail", equalTo("1 поле заполнено неверно"));
        // English by default, and whenever English comes first
        assertProblem(secretariat().body(report).post(path).then(), 400, "/problems/validation")
                .body("title", equalTo("Request is not valid"))
                .body("detail", equalTo("1 field is not valid"))
                .body("violations[0].message", matchesPattern("must not be in the future \\(today is .*\\)"));
        assertProblem(secretariat().header("Accept-Language", "en-GB, ru;q=0.5").body(report).post(path).then(), 400,
                "/problems/validation").body("detail", equalTo("1 field is not valid"));
        assertProblem(secretariat().header("Accept-Language", "fr").body(report).post(path).then(), 400,
                "/problems/validation").body("detail", equalTo("1 field is not valid"));
    }

    @Test
    void beanValidationMessagesComeInBothLanguages() {
        Map<String, Object> state = Map.of("code", "u1", "names", Map.of("ru", "Государство"));
        assertProblem(admin().header("Accept-Language", "ru").body(state).post("/api/v1/member-states").then(), 400,
                "/problems/validation")
                .body("detail", equalTo("Неверно заполнено полей: 2"))
                .body("violations.field", equalTo(java.util.List.of("code", "participation")))
                .body("violations[0].message", equalTo("должен быть кодом ISO 3166 alpha-2"))
                .body("violations[1].message", matchesPattern(CYRILLIC));
        assertProblem(admin().body(state).post("/api/v1/member-states").then(), 400, "/problems/validation")
                .body("detail", equalTo("2 fields are not valid"))
                .body("violations[0].message", equalTo("must be an ISO 3166 alpha-2 code"))
                .body("violations[1].message", equalTo("must not be null"));
    }

    @Test
    void otherProblemsComeInRussianToo() {
        assertProblem(reader().header("Accept-Language", "ru").get("/api/v1/measures/" + UUID.randomUUID()).then(), 404,
                "/problems/not-found").body("title", equalTo("Ресурс не найден"))
                .body("detail", matchesPattern("Мероприятие [0-9a-f-]{36} не существует"));
        String missing = UUID.randomUUID().toString();
        assertProblem(reader().header("Accept-Language", "ru").queryParam("recordedAsOf", "2020-01-01T00:00:00Z")
                .get("/api/v1/measures/" + missing).then(), 404, "/problems/not-found")
                .body("detail", equalTo("Мероприятие " + missing + " на момент 2020-01-01T00:00:00Z не существует"));
        String document = Documents.draft("DECISION").create();
        assertProblem(reader().header("Accept-Language", "ru").get("/api/v1/documents/" + document + "/positions/KZ").then(), 404,
                "/problems/not-found").body("detail", equalTo("Позиция государства KZ по документу " + document + " не существует"));
        assertProblem(reader().get("/api/v1/documents/" + document + "/positions/KZ").then(), 404, "/problems/not-found")
                .body("detail", equalTo("Position of KZ on document " + document + " does not exist"));
        assertProblem(reader().header("Accept-Language", "ru").queryParam("size", 500).get("/api/v1/measures").then(), 400,
                "/problems/bad-parameter").body("detail", equalTo("size: должно быть от 1 до 200"))
                .body("violations[0].field", equalTo("size"));
        assertProblem(secretariat().header("Accept-Language", "ru").body("{\"titles\": ").post("/api/v1/measures").then(), 400,
                "/problems/malformed-request").body("detail", matchesPattern("Тело запроса — не корректный JSON .*"));
        assertProblem(secretariat().header("Accept-Language", "ru").body(Map.of("unknown", 1)).post("/api/v1/sessions").then(),
                400, "/problems/validation").body("violations[0].field", equalTo("unknown"))
                .body("violations[0].message", equalTo("неизвестное поле"));
        assertProblem(anonymous().header("Accept-Language", "ru").get("/api/v1/measures").then(), 401, "/problems/unauthenticated")
                .body("title", equalTo("Требуется аутентификация"));
        assertProblem(reader().header("Accept-Language", "ru").body(Map.of()).post("/api/v1/sessions").then(), 403,
                "/problems/forbidden").body("detail", equalTo("Ваша роль не позволяет выполнить эту операцию"));
    }
}
