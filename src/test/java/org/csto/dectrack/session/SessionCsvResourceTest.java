package org.csto.dectrack.session;

import static org.csto.dectrack.support.Api.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.csto.dectrack.session.SessionViews.SessionView;
import org.csto.dectrack.support.CsvTable;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.junit.jupiter.api.Test;

/** {@code GET /sessions} as CSV: the JSON list's rows, lists joined with ';', agenda titles in the requested language. */
@QuarkusTest
class SessionCsvResourceTest {
    private static final ReservedYear YEAR = ReservedYear.SESSION_CSV;

    @Test
    void csvHasTheRowsOfTheJsonList() {
        String held = Sessions.held(YEAR.on(4, 10)).with("endDate", YEAR.on(4, 11)).with("city", "Минск, \"Дом правительства\"")
                .with("notes", "@SUM(A1:A9) и другое").with("attendees", List.of("RU", "BY", "KZ"))
                .with("agenda", List.of(Sessions.item("О плане", "On the plan", "Adopted"),
                        Sessions.item("О бюджете", "On the budget", null))).create();
        Sessions.held(YEAR.on(6, 1)).with("status", "POSTPONED").with("city", "Ереван").create();

        Response json = reader().queryParam("year", YEAR.year()).queryParam("status", "HELD").get("/api/v1/sessions");
        Response csv = reader().accept("text/csv").queryParam("year", YEAR.year()).queryParam("status", "HELD")
                .get("/api/v1/sessions");
        csv.then().statusCode(200);
        assertEquals("attachment; filename=\"sessions.csv\"", csv.header("Content-Disposition"));
        assertEquals(json.header("Link"), csv.header("Link"));
        CsvTable table = CsvTable.of(csv.asByteArray());
        assertEquals(List.of(SessionView.CSV_HEADER.split(",")), table.header());
        assertEquals(1, json.<Integer>path("totalItems"));
        assertEquals(List.of(held), table.column("id"));
        assertEquals("CMD", table.cell(0, "body"));
        assertEquals("HELD", table.cell(0, "status"));
        assertEquals(YEAR.on(4, 10).toString(), table.cell(0, "startDate"));
        assertEquals(YEAR.on(4, 11).toString(), table.cell(0, "endDate"));
        assertEquals("Минск, \"Дом правительства\"", table.cell(0, "city"));
        assertTrue(table.raw().contains(",\"Минск, \"\"Дом правительства\"\"\","), table.raw());
        assertEquals("'@SUM(A1:A9) и другое", table.cell(0, "notes"));
        assertEquals("BY;KZ;RU", table.cell(0, "attendees"));
        assertEquals("О плане;О бюджете", table.cell(0, "agenda"));
        assertEquals(json.<String>path("items[0].createdAt"), table.cell(0, "createdAt"));
        assertEquals("secretariat", table.cell(0, "createdBy"));

        CsvTable all = CsvTable.get(reader().header("Accept-Language", "en").queryParam("year", YEAR.year())
                .queryParam("sort", "date"), "/api/v1/sessions");
        assertEquals(List.of("HELD", "POSTPONED"), all.column("status"));
        assertEquals(List.of("On the plan;On the budget", ""), all.column("agenda"));
    }
}
