package org.csto.dectrack.implementation;

import static org.csto.dectrack.support.Api.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.support.CsvTable;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

/** {@code GET /measures} as CSV: the JSON list's rows, numbers as numbers, text guarded, contributors joined. */
@QuarkusTest
class MeasureCsvResourceTest {
    private static final LocalDate TODAY = TestClock.today();

    @Test
    void csvHasTheRowsOfTheJsonListWithNumbersAsNumbers() {
        String document = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        String late = Measures.of(document).with("titles", Map.of("ru", "-3 дня: просрочено", "en", "+3 days: late"))
                .with("lead", "TJ").with("contributors", List.of("JS", "CSSC", "KG")).with("weight", 2)
                .with("startDate", TODAY.minusDays(100)).with("dueDate", TODAY.minusDays(3))
                .with("description", "Описание, \"в кавычках\"\nна двух строках").create();
        Measures.of(document).titled("В срок").with("dueDate", TODAY.plusDays(200)).create();

        Response json = reader().queryParam("document", document).queryParam("overdue", "true").get("/api/v1/measures");
        Response csv = reader().accept("text/csv").queryParam("document", document).queryParam("overdue", "true")
                .get("/api/v1/measures");
        csv.then().statusCode(200);
        assertEquals("attachment; filename=\"measures.csv\"", csv.header("Content-Disposition"));
        assertEquals(json.header("Link"), csv.header("Link"));
        CsvTable table = CsvTable.of(csv.asByteArray());
        assertEquals(List.of(MeasureView.CSV_HEADER.split(",")), table.header());
        assertEquals(1, json.<Integer>path("totalItems"));
        assertEquals(List.of(late), table.column("id"));
        assertEquals(document, table.cell(0, "document"));
        assertEquals(json.<String>path("items[0].reference"), table.cell(0, "reference"));
        assertEquals(json.<String>path("items[0].documentReference"), table.cell(0, "documentReference"));
        assertEquals("", table.cell(0, "parent"));
        assertEquals("'-3 дня: просрочено", table.cell(0, "title"));
        assertEquals("Описание, \"в кавычках\"\nна двух строках", table.cell(0, "description"));
        assertEquals("CSSC;JS;KG", table.cell(0, "contributors"));
        assertEquals("2", table.cell(0, "weight"));
        assertEquals("PLANNED", table.cell(0, "status"));
        assertEquals("0.0", table.cell(0, "progress"));
        assertEquals("true", table.cell(0, "overdue"));
        assertEquals("false", table.cell(0, "atRisk"));
        assertEquals("3", table.cell(0, "daysLate"));
        assertEquals("0", table.cell(0, "children"));
        assertEquals(TODAY.minusDays(3).toString(), table.cell(0, "dueDate"));

        CsvTable english = CsvTable.get(reader().header("Accept-Language", "en").queryParam("document", document)
                .queryParam("sort", "dueDate"), "/api/v1/measures");
        assertEquals(List.of("'+3 days: late", "В срок"), english.column("title"));
        assertEquals(List.of("3", "0"), english.column("daysLate"));
    }
}
