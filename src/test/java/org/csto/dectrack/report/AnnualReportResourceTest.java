package org.csto.dectrack.report;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Api.secretariat;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.junit.jupiter.api.Test;

/**
 * The annual report of a year built from nothing: exact figures in every section, each figure's list answering that
 * total, the previous year compared; and the demo year 2024 with its chairmanships, in Russian and English.
 */
@QuarkusTest
class AnnualReportResourceTest {
    private static final ReservedYear YEAR = ReservedYear.ANNUAL_REPORT;
    private static boolean built;

    private static LocalDate day(int month, int dayOfMonth) {
        return YEAR.on(month, dayOfMonth);
    }

    private static LocalDate after(int month, int dayOfMonth) {
        return ReservedYear.AFTER_ANNUAL_REPORT.on(month, dayOfMonth);
    }

    private static void report(String measure, LocalDate on, Object... fields) {
        Reports reports = Reports.on(measure).with("reportedOn", on);
        for (int i = 0; i < fields.length; i += 2) {
            reports.with((String) fields[i], fields[i + 1]);
        }
        reports.create();
    }

    private static String activity(String kind, LocalDate start, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("titles", Map.of("ru", "Мероприятие " + kind, "en", "Activity " + kind));
        body.put("startDate", start.toString());
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return secretariat().body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }

    /**
     * The year: two held sessions and a planned one, four adopted documents and a draft, positions, a protocol notified
     * by one state in the year and another the year after, five leaf measures due in the year under a programme (and a
     * parent), three activities; the year before: one session, one decision, one activity. The two measures still open
     * at the year's end are completed the year after, so no later year counts them as overdue.
     */
    static synchronized void buildTheYears() {
        if (built) {
            return;
        }
        LocalDate before = ReservedYear.BEFORE_ANNUAL_REPORT.on(5, 15);
        String earlier = Sessions.held(before).with("body", "CSC").with("city", "Москва").with("chair", "RU").create();
        Documents.adopted("DECISION", before).at(earlier).create();
        activity("MEETING", before);

        String astana = Sessions.held(day(11, 28)).with("body", "CSC").with("city", "Астана").with("chair", "KZ").create();
        String almaty = Sessions.held(day(6, 21)).with("body", "CFM").with("city", "Алматы").with("chair", "KZ").create();
        Sessions.held(day(12, 20)).with("status", "PLANNED").with("city", "Бишкек").create();
        String decision = Documents.adopted("DECISION", day(11, 28)).at(astana).create();
        String programme = Documents.adopted("PROGRAMME", day(11, 28)).at(astana).create();
        String protocol = Documents.adopted("PROTOCOL", day(11, 28)).at(astana)
                .with("ratificationRequired", true).with("notificationsForEntryIntoForce", 2).create();
        String statement = Documents.adopted("STATEMENT", day(6, 21)).at(almaty).create();
        Documents.draft("DECISION").at(astana).create();
        for (String document : List.of(decision, programme, protocol, statement)) {
            Documents.position(document, "KZ", Map.of("position", "SIGNED"));
        }
        Documents.position(decision, "RU", Map.of("position", "SIGNED"));
        Documents.position(protocol, "RU", Map.of("position", "JOINED_LATER", "date", day(12, 1).toString()));
        Documents.position(decision, "AM", Map.of("position", "REFRAINED_NO_OBJECTION"));
        Documents.ratification(protocol, "RU", Map.of("notifiedOn", day(12, 10).toString()));
        Documents.ratification(protocol, "KZ", Map.of("notifiedOn", after(2, 1).toString()));

        String completed = Measures.of(programme).with("startDate", day(1, 10)).with("dueDate", day(3, 31)).create();
        report(completed, day(2, 1), "progress", 50);
        report(completed, day(3, 30), "status", "COMPLETED");
        String cancelled = Measures.of(programme).with("startDate", day(1, 10)).with("dueDate", day(6, 30)).create();
        report(cancelled, day(5, 1), "status", "CANCELLED", "reason", "Merged");
        String late = Measures.of(programme).with("lead", "TJ").with("startDate", day(1, 10)).with("dueDate", day(9, 30)).create();
        String planned = Measures.of(programme).with("startDate", day(1, 10)).with("dueDate", day(10, 31)).create();
        String training = activity("JOINT_TRAINING", day(9, 26), "state", "KZ", "participants", List.of("KZ", "RU", "TJ"),
                "measures", List.of(late));
        report(late, day(9, 30), "progress", 40, "activities", List.of(training));
        String stage = Measures.of(programme).with("lead", "RU").with("startDate", day(1, 10)).with("dueDate", day(12, 31)).create();
        String task = Measures.under(stage).with("lead", "RU").with("startDate", day(1, 10)).with("dueDate", day(12, 15)).create();
        report(task, day(11, 1), "progress", 60);
        report(task, day(12, 1), "status", "COMPLETED");
        activity("CONFERENCE", day(10, 31), "state", "BY", "city", "Минск", "partners", List.of("CIS", "SCO"));
        activity("COOPERATION_EVENT", day(3, 1), "partners", List.of("UN"));
        // closed the year after: open on the year's last day, overdue then, never again
        report(late, after(1, 20), "status", "COMPLETED");
        report(planned, after(1, 10), "progress", 10);
        report(planned, after(1, 20), "status", "COMPLETED");
        built = true;
    }

    static ValidatableResponse annual(int year, String language) {
        buildTheYears();
        return reader().header("Accept-Language", language).get("/api/v1/reports/annual/" + year).then().statusCode(200);
    }

    @Test
    void theYearsFiguresAreExact() {
        annual(YEAR.year(), "en")
                .body("year", equalTo(YEAR.year()))
                .body("asOf", equalTo(day(12, 31).toString()))
                .body("language", equalTo("en"))
                .body("chairmanship", nullValue())
                .body("sessions.held.count", equalTo(2))
                .body("sessions.list.city", contains("Алматы", "Астана"))
                .body("sessions.list.documents.count", contains(1, 4))
                .body("documents.adopted.count", equalTo(4))
                .body("documents.byType.key", contains("DECISION", "STATEMENT", "PROGRAMME", "PROTOCOL"))
                .body("documents.byType.count", contains(1, 1, 1, 1))
                .body("documents.byType[0].label", equalTo("Decision"))
                .body("documents.byBody.key", contains("CFM", "CSC"))
                .body("documents.byBody.count", contains(1, 3))
                .body("documents.byBody[1].label", equalTo("Collective Security Council"))
                .body("positions.state", contains("AM", "BY", "KG", "KZ", "RU", "TJ"))
                .body("positions.signed.count", contains(0, 0, 0, 4, 2, 0))
                .body("positions.notSigned.count", contains(4, 4, 4, 0, 2, 4))
                .body("ratifications.notificationsReceived", equalTo(1))
                .body("ratifications.enteredIntoForce.count", equalTo(3)) // on adoption; the protocol needs a second notification
                .body("ratifications.byDocument", hasSize(4))
                .body("ratifications.byDocument.find { it.notifiedBy == ['RU'] }.entryIntoForce", nullValue())
                .body("implementation.due.count", equalTo(5)) // the leaves: the stage is left out, its task counts
                .body("implementation.dueByStatus.key", contains("PLANNED", "IN_PROGRESS", "SUSPENDED", "COMPLETED", "CANCELLED"))
                .body("implementation.dueByStatus.count", contains(1, 1, 0, 2, 1))
                .body("implementation.completed.count", equalTo(2))
                .body("implementation.completionRate", equalTo(50.0f)) // 2 of the 4 not cancelled
                .body("implementation.progressReports", equalTo(6))
                .body("overdueByParty.key", contains("KZ", "TJ"))
                .body("overdueByParty.count", contains(1, 1))
                .body("overdueByParty[1].label", equalTo("Republic of Tajikistan"))
                .body("activities.total.count", equalTo(3))
                .body("activities.byKind.key", contains("JOINT_TRAINING", "COOPERATION_EVENT", "CONFERENCE"))
                .body("activities.byKind.count", contains(1, 1, 1))
                .body("activities.byPartner.key", contains("CIS", "SCO", "UN"))
                .body("activities.byPartner.count", contains(1, 1, 1))
                .body("comparison.key", contains("sessionsHeld", "documentsAdopted", "enteredIntoForce", "notificationsReceived",
                        "measuresDue", "measuresCompleted", "completionRate", "overdue", "progressReports", "activities"))
                .body("comparison.previous", contains(1.0f, 1.0f, 1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 1.0f))
                .body("comparison.current", contains(2.0f, 4.0f, 3.0f, 1.0f, 5.0f, 2.0f, 50.0f, 2.0f, 6.0f, 3.0f))
                .body("comparison.find { it.key == 'documentsAdopted' }.change", equalTo(3.0f))
                .body("comparison.find { it.key == 'activities' }.current", equalTo(3.0f));
    }

    @Test
    void everyFigureIsTheTotalOfItsList() throws Exception {
        String json = annual(YEAR.year(), "ru").extract().asString();
        List<JsonNode> figures = new ArrayList<>();
        collect(new ObjectMapper().readTree(json), figures);
        // sessions 1 + 2, documents 1 + 4 + 2, positions 12, entered into force 1, implementation 1 + 5 + 1, overdue 2,
        // activities 1 + 3 + 3
        assertEquals(39, figures.size(), "figures found");
        for (JsonNode figure : figures) {
            String list = figure.get("list").asText();
            int total = reader().get(list).then().statusCode(200).extract().path("totalItems");
            assertEquals(figure.get("count").asLong(), total, list);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> figures) {
        if (node.has("count") && node.has("list")) {
            figures.add(node);
        }
        node.forEach(child -> collect(child, figures));
    }

    @Test
    void aDayOfTheYearTakesTheFiguresThenAndOtherDaysAreRefused() {
        buildTheYears();
        reader().header("Accept-Language", "en").get("/api/v1/reports/annual/" + YEAR.year() + "?asOf=" + day(6, 30)).then().statusCode(200)
                .body("asOf", equalTo(day(6, 30).toString()))
                .body("sessions.held.count", equalTo(1))
                .body("documents.adopted.count", equalTo(1))
                .body("implementation.dueByStatus.count", contains(3, 0, 0, 1, 1)) // three not begun by then
                .body("overdueByParty", hasSize(0))
                .body("activities.total.count", equalTo(1));
        assertProblem(reader().get("/api/v1/reports/annual/" + YEAR.year() + "?asOf=" + after(1, 1)).then(), 400, "/problems/bad-parameter");
        assertProblem(reader().get("/api/v1/reports/annual/2300").then(), 400, "/problems/bad-parameter");
    }

    @Test
    void theDemoYear2024NamesItsChairmanshipsInBothLanguages() {
        annual(2024, "ru")
                .body("title", equalTo("Итоги деятельности Организации Договора о коллективной безопасности за 2024 год"))
                .body("chairmanship.state", equalTo("KZ"))
                .body("chairmanship.name", equalTo("Республика Казахстан"))
                .body("nextChairmanship.state", equalTo("KG"))
                .body("documents.byType.find { it.key == 'DECLARATION' }.label", equalTo("Декларация"));
        annual(2024, "en").body("chairmanship.name", equalTo("Republic of Kazakhstan"))
                .body("nextChairmanship.from", equalTo("2025-01-01"));
    }
}
