package org.csto.dectrack.activity;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Api;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * Activities carry decisions out: recorded with their place, participants, partner organisations and measures, listed
 * by year, kind, state, organisation and measure, cited by progress reports as evidence, and kept while cited.
 */
@QuarkusTest
class ActivityResourceTest {
    private static final String ACTIVITIES = "/api/v1/activities";

    static Map<String, Object> activity(String kind, Object start, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        String word = Unique.word();
        body.put("kind", kind);
        body.put("titles", Map.of("ru", "Мероприятие " + word, "en", "Activity " + word));
        body.put("startDate", start.toString());
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static String create(Map<String, Object> body) {
        return secretariat().body(body).post(ACTIVITIES).then().statusCode(201).extract().path("id");
    }

    @Test
    void anActivityIsRecordedWithItsPlacePartiesAndMeasures() {
        String programme = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        String measure = Measures.of(programme).with("lead", "TJ").titled("Поставки на заставы").create();
        String id = create(activity("JOINT_TRAINING", ReservedYear.SCRATCH.on(9, 26), "endDate", ReservedYear.SCRATCH.on(9, 30).toString(),
                "state", "KZ", "city", "Алматы", "participants", List.of("RU", "BY", "KZ"), "partners", List.of("UN"),
                "measures", List.of(measure)));

        reader().header("Accept-Language", "en").get(ACTIVITIES + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("JOINT_TRAINING"))
                .body("endDate", equalTo(ReservedYear.SCRATCH.on(9, 30).toString()))
                .body("state", equalTo("KZ"))
                .body("city", equalTo("Алматы"))
                .body("participants", contains("BY", "KZ", "RU"))
                .body("partners", contains("UN"))
                .body("measures.id", contains(measure))
                .body("measures[0].title", equalTo("Поставки на заставы"))
                .body("measures[0].document", equalTo(programme))
                .body("title", containsString("Activity "));
        reader().get(ACTIVITIES + "?measure=" + measure).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        reader().get(ACTIVITIES + "/" + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].operation", equalTo("CREATED"))
                .body("items[0].changes.find { it.field == 'participants' }.after", contains("BY", "KZ", "RU"));
    }

    @Test
    void theListFiltersByYearKindStateAndOrganization() {
        ReservedYear year = ReservedYear.ACTIVITY_LIST;
        String training = create(activity("JOINT_TRAINING", year.on(9, 26), "state", "KZ", "participants", List.of("KZ", "RU")));
        String conference = create(activity("CONFERENCE", year.on(10, 31), "state", "BY", "partners", List.of("CIS", "SCO")));
        String cooperation = create(activity("COOPERATION_EVENT", year.on(3, 1), "partners", List.of("UN"),
                "participants", List.of("TJ")));
        create(activity("CONFERENCE", year.on(12, 31).plusDays(1))); // the next year

        String list = ACTIVITIES + "?year=" + year.year();
        reader().get(list).then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.id", contains(conference, training, cooperation)); // latest first
        reader().get(list + "&kind=CONFERENCE").then().body("items.id", contains(conference));
        reader().get(list + "&state=ru").then().body("items.id", contains(training)); // taking part
        reader().get(list + "&state=BY").then().body("items.id", contains(conference)); // hosting
        reader().get(list + "&organization=SCO").then().body("items.id", contains(conference));
        reader().get(list + "&organization=UN&sort=date").then().body("items.id", contains(cooperation));
        reader().get(list + "&from=" + year.on(9, 1) + "&to=" + year.on(9, 30)).then().body("items.id", contains(training));
        assertProblem(reader().get(list + "&kind=PARADE").then(), 400, "/problems/bad-parameter");
    }

    @Test
    void badActivitiesAreRefusedNamingTheField() {
        var start = ReservedYear.SCRATCH.on(5, 1);
        assertProblem(secretariat().body(activity("CONFERENCE", start, "participants", List.of("KZ", "XX"))).post(ACTIVITIES).then(),
                400, "/problems/validation").body("violations[0].field", equalTo("participants[1]"));
        assertProblem(secretariat().body(activity("CONFERENCE", start, "partners", List.of("NATO"))).post(ACTIVITIES).then(),
                400, "/problems/validation").body("violations[0].field", equalTo("partners[0]"));
        assertProblem(secretariat().body(activity("CONFERENCE", start, "endDate", start.minusDays(1).toString()))
                .post(ACTIVITIES).then(), 400, "/problems/validation").body("violations[0].field", equalTo("endDate"));
        assertProblem(secretariat().body(activity("CONFERENCE", start, "measures", List.of("0190c0de-0000-7000-8000-000000000000")))
                .post(ACTIVITIES).then(), 400, "/problems/validation").body("violations[0].field", equalTo("measures[0]"));
        Map<String, Object> noKind = activity("CONFERENCE", start);
        noKind.remove("kind");
        assertProblem(secretariat().body(noKind).post(ACTIVITIES).then(), 400, "/problems/validation");
        assertProblem(reader().body(activity("CONFERENCE", start)).post(ACTIVITIES).then(), 403, "/problems/forbidden");
    }

    @Test
    void aReportCitesActivitiesAndACitedActivityIsKept() {
        String programme = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        String measure = Measures.of(programme).with("lead", "TJ").with("dueDate", TestClock.today().plusYears(1)).create();
        String meeting = create(activity("MEETING", TestClock.today(), "state", "TJ", "city", "Душанбе", "measures", List.of(measure)));

        String report = Reports.on(measure).with("progress", 10).with("activities", List.of(meeting)).create();
        reader().get("/api/v1/measures/" + measure + "/reports/" + report).then().statusCode(200)
                .body("activities", contains(meeting));
        assertProblem(Reports.on(measure).with("activities", List.of("0190c0de-0000-7000-8000-000000000000")).post().then(),
                400, "/problems/validation").body("violations[0].field", equalTo("activities[0]"));

        assertProblem(secretariat().header("If-Match", Api.etag(ACTIVITIES + "/" + meeting)).delete(ACTIVITIES + "/" + meeting).then(),
                409, "/problems/conflict");
        String spare = create(activity("OTHER", TestClock.today()));
        secretariat().header("If-Match", "\"0\"").delete(ACTIVITIES + "/" + spare).then().statusCode(204);
        reader().get(ACTIVITIES + "/" + spare).then().statusCode(410);
    }

    @Test
    void aReplaceNeedsTheCurrentEtag() {
        Map<String, Object> body = activity("SPECIAL_OPERATION", ReservedYear.SCRATCH.on(6, 1), "city", "Бишкек");
        String id = create(body);
        body.remove("city");
        body.put("notes", "Канал");
        secretariat().header("If-Match", "\"0\"").body(body).put(ACTIVITIES + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("city", nullValue()).body("notes", equalTo("Канал"));
        assertProblem(secretariat().header("If-Match", "\"0\"").body(body).put(ACTIVITIES + "/" + id).then(), 412,
                "/problems/precondition-failed");
    }

    @Test
    void aMergePatchChangesOnlyWhatItNames() {
        String id = create(activity("CONFERENCE", ReservedYear.SCRATCH.on(10, 31), "city", "Минск", "notes", "600 участников",
                "partners", List.of("CIS")));
        secretariat().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"endDate\": \"" + ReservedYear.SCRATCH.on(11, 1) + "\", \"notes\": null}")
                .patch(ACTIVITIES + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("endDate", equalTo(ReservedYear.SCRATCH.on(11, 1).toString()))
                .body("notes", nullValue()).body("city", equalTo("Минск")).body("partners", contains("CIS"));
        assertProblem(secretariat().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"kind\": null}").patch(ACTIVITIES + "/" + id).then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("kind"));
        assertProblem(secretariat().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"city\": \"Брест\"}").patch(ACTIVITIES + "/" + id).then(), 412, "/problems/precondition-failed");
    }

    @Test
    void partnerOrganizationsAreReferenceData() {
        reader().get("/api/v1/organizations").then().statusCode(200).body("code", hasItems("CIS", "SCO", "UN"));
        reader().header("Accept-Language", "ru").get("/api/v1/organizations/sco").then().statusCode(200)
                .body("name", equalTo("Шанхайская организация сотрудничества"));
        String code = Unique.bodyCode();
        admin().body(Map.of("code", code, "names", Map.of("ru", "Организация " + code, "en", "Organisation " + code)))
                .post("/api/v1/organizations").then().statusCode(201);
        reader().get("/api/v1/organizations/" + code + "/history").then().statusCode(200).body("totalItems", equalTo(1));
        assertProblem(secretariat().body(Map.of("code", "ZZZ", "names", Map.of("ru", "Нет"))).post("/api/v1/organizations").then(),
                403, "/problems/forbidden");
    }
}
