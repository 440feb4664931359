package org.csto.dectrack.report;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.support.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The annual report of the demo year 2024 (which no test writes into) in its formats other than JSON, each read back
 * as its reader would and held to the JSON's figures: CSV with a strict RFC 4180 reader. The workbook and the PDF are
 * in {@link AnnualReportFilesResourceTest}.
 */
@QuarkusTest
class AnnualReportFormatsResourceTest {
    static final String PATH = "/api/v1/reports/annual/2024";

    static JsonPath json(String language) {
        return reader().header("Accept-Language", language).get(PATH).then().statusCode(200)
                .body("language", equalTo(language)).extract().jsonPath();
    }

    static Response get(String accept, String language) {
        return reader().accept(accept).header("Accept-Language", language).get(PATH);
    }

    /** The JSON's lines of a list, as the rows [key, label, count, list] they are in every format. */
    static List<List<String>> lines(JsonPath report, String path) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> line : report.<Map<String, Object>>getList(path)) {
            rows.add(List.of((String) line.get("key"), (String) line.get("label"), String.valueOf(line.get("count")),
                    (String) line.get("list")));
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void csvHasARowPerFigureOfTheJson(String language) {
        JsonPath report = json(language);
        ReportTexts texts = ReportTexts.in(Lang.valueOf(language.toUpperCase()));
        Response response = get("text/csv", language);
        response.then().statusCode(200).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"annual-report-2024-" + language + ".csv\"");
        CsvTable csv = CsvTable.of(response.asByteArray());
        assertEquals(AnnualReportCsv.COLUMNS, csv.header());

        for (String section : List.of("documents.byType", "documents.byBody", "implementation.dueByStatus", "overdueByParty",
                "activities.byKind", "activities.byPartner")) {
            assertEquals(lines(report, section), rows(csv, section), section);
        }
        assertTrue(!lines(report, "documents.byType").isEmpty(), "2024 has adopted documents");
        assertEquals(List.of(List.of("documentsAdopted", texts.get("figure.documentsAdopted"),
                        String.valueOf(report.getLong("documents.adopted.count")), report.getString("documents.adopted.list"))),
                rows(csv, "documents"));
        assertEquals(List.of("sessionsHeld", texts.get("figure.sessionsHeld"), report.getString("sessions.held.count"),
                report.getString("sessions.held.list")), rows(csv, "sessions").get(0));
        List<String> sessionLabels = rows(csv, "sessions.list").stream().map(r -> r.get(1)).toList();
        assertEquals(report.getList("sessions.list").size(), sessionLabels.size());
        assertTrue(sessionLabels.stream().anyMatch(l -> l.contains("2024-11-28, " + "Astana")),
                sessionLabels.toString());
        assertTrue(sessionLabels.stream().anyMatch(l -> l.contains("2024-06-21, " + "Almaty")),
                sessionLabels.toString());
        for (int state = 0; state < report.getList("positions").size(); state++) {
            String at = "positions[" + state + "].";
            assertEquals(List.of(report.getString(at + "state"), report.getString(at + "name"),
                    report.getString(at + "signed.count"), report.getString(at + "signed.list")), rows(csv, "positions.signed").get(state));
        }
        List<List<String>> comparison = new ArrayList<>();
        for (Map<String, Object> row : report.<Map<String, Object>>getList("comparison")) {
            comparison.add(List.of("comparison", (String) row.get("key"), (String) row.get("label"), number(row.get("current")),
                    number(row.get("previous")), number(row.get("change")), ""));
        }
        assertEquals(comparison, csv.rows().stream().filter(r -> r.get(0).equals("comparison")).toList());
    }

    @Test
    void anUnsupportedAcceptIsA406Problem() {
        assertProblem(reader().accept("application/xml").get(PATH).then(), 406, "/problems/not-acceptable");
    }

    /** The CSV rows of a section, without the section: [key, label, count, list]. */
    static List<List<String>> rows(CsvTable csv, String section) {
        return csv.rows().stream().filter(r -> r.get(0).equals(section))
                .map(r -> List.of(r.get(1), r.get(2), r.get(3), r.get(6))).toList();
    }

    /** A JSON number as the CSV writes it: whole numbers without ".0". */
    static String number(Object value) {
        double number = ((Number) value).doubleValue();
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
