package org.csto.dectrack.report;

import static org.csto.dectrack.report.AnnualReportFormatsResourceTest.get;
import static org.csto.dectrack.report.AnnualReportFormatsResourceTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csto.dectrack.shared.i18n.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The annual report of the demo year 2024 as a workbook and as a PDF, read back as a person would: the workbook with
 * Apache POI, its cells equal to the JSON's figures; the PDF with PDFBox, its text holding every section's title and
 * the JSON's figures, and its first page rendered to {@code target/annual-report-2024-page1[-en].png}.
 */
@QuarkusTest
class AnnualReportFilesResourceTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void theWorkbookHasASheetPerSectionWithTheJsonFigures(String language) throws IOException {
        JsonPath report = json(language);
        ReportTexts texts = ReportTexts.in(Lang.valueOf(language.toUpperCase()));
        Response response = get(XLSX, language);
        response.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"annual-report-2024-" + language + ".xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(ReportTables.SECTIONS.stream().map(s -> texts.get("sheet." + s)).toList(), names);
            assertTrue(names.stream().allMatch(n -> n.length() <= 31), names.toString());

            Sheet documents = workbook.getSheet(texts.get("sheet.documents"));
            assertEquals(texts.get("column.label"), documents.getRow(0).getCell(0).getStringCellValue(), "a header row");
            assertEquals(List.of(texts.get("figure.documentsAdopted"), (double) report.getLong("documents.adopted.count")),
                    List.of(documents.getRow(1).getCell(0).getStringCellValue(), documents.getRow(1).getCell(1).getNumericCellValue()));
            assertLines(report, "documents.byType", documents);
            assertLines(report, "documents.byBody", documents);
            assertLines(report, "implementation.dueByStatus", workbook.getSheet(texts.get("sheet.implementation")));
            assertLines(report, "overdueByParty", workbook.getSheet(texts.get("sheet.overdueByParty")));
            assertLines(report, "activities.byKind", workbook.getSheet(texts.get("sheet.activities")));

            Sheet comparison = workbook.getSheet(texts.get("sheet.comparison"));
            List<Map<String, Object>> rows = report.getList("comparison");
            for (int i = 0; i < rows.size(); i++) {
                Row row = comparison.getRow(i + 1);
                assertEquals(rows.get(i).get("label"), row.getCell(0).getStringCellValue());
                assertEquals(((Number) rows.get(i).get("current")).doubleValue(), row.getCell(1).getNumericCellValue());
                assertEquals(((Number) rows.get(i).get("previous")).doubleValue(), row.getCell(2).getNumericCellValue());
                assertEquals(((Number) rows.get(i).get("change")).doubleValue(), row.getCell(3).getNumericCellValue());
            }
            assertTrue(comparison.getColumnWidth(0) > 20 * 256, "the label column is set wide");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void thePdfShowsEverySectionAndTheJsonFigures(String language) throws IOException {
        JsonPath report = json(language);
        ReportTexts texts = ReportTexts.in(Lang.valueOf(language.toUpperCase()));
        Response response = get("application/pdf", language);
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"annual-report-2024-" + language + ".pdf\"");
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            String name = "annual-report-2024-page1" + (language.equals("ru") ? "" : "-en");
            Path png = Path.of("target", name + ".png");
            Files.createDirectories(png.getParent());
            ImageIO.write(first, "png", png.toFile());
            Files.write(Path.of("target", name + ".pdf"), response.asByteArray());
            assertTrue(Files.size(png) > 20_000, "page 1 renders to a picture with something on it");

            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertEquals(List.of(595, 842), List.of(Math.round(page.getWidth()), Math.round(page.getHeight())), "A4 portrait");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", "");

            List<String> missing = new ArrayList<>();
            expect(missing, text, report.getString("title"));
            expect(missing, text, texts.get("asOf", report.getString("asOf")));
            for (String section : ReportTables.SECTIONS) {
                expect(missing, text, texts.get("section." + section));
            }
            for (String chart : List.of("chart.byStatus", "chart.overdueByParty", "chart.yearOnYear")) {
                expect(missing, text, texts.get(chart));
            }
            expect(missing, text, texts.get("figure.documentsAdopted") + " " + report.getLong("documents.adopted.count"));
            expect(missing, text, texts.get("figure.sessionsHeld") + " " + report.getLong("sessions.held.count"));
            for (String list : List.of("documents.byType", "documents.byBody", "implementation.dueByStatus", "overdueByParty",
                    "activities.byKind")) {
                for (Map<String, Object> line : report.<Map<String, Object>>getList(list)) {
                    expect(missing, text, line.get("key") + " " + line.get("label") + " " + line.get("count"));
                }
            }
            for (Map<String, Object> state : report.<Map<String, Object>>getList("positions")) {
                expect(missing, text, state.get("state") + " " + state.get("name") + " " + ((Map<?, ?>) state.get("signed")).get("count")
                        + " " + ((Map<?, ?>) state.get("notSigned")).get("count"));
            }
            assertTrue(missing.isEmpty(), "not in the PDF's text: " + missing + "\n" + text);

        }
    }

    /**
     * Whether the text holds {@code expected}, both without whitespace, and when it ends with a figure not followed by a
     * digit (a count 1 is not 11):
     * how a text extractor spaces words depends on the glyphs' positions, which is not what a reader checks.
     */
    private static void expect(List<String> missing, String text, String expected) {
        String wanted = expected.replaceAll("\\s+", "");
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            int after = at + wanted.length();
            boolean figure = Character.isDigit(wanted.charAt(wanted.length() - 1));
            if (!figure || after == text.length() || !Character.isDigit(text.charAt(after))) {
                return;
            }
        }
        missing.add(expected);
    }

    /** Each of the JSON's lines is a row of the sheet: key, label and count (a number), and its list. */
    private static void assertLines(JsonPath report, String path, Sheet sheet) {
        for (Map<String, Object> line : report.<Map<String, Object>>getList(path)) {
            Row row = find(sheet, (String) line.get("key"), (String) line.get("label"));
            Cell count = row.getCell(2);
            assertEquals(CellType.NUMERIC, count.getCellType(), path + " " + line.get("key"));
            assertEquals(((Number) line.get("count")).doubleValue(), count.getNumericCellValue(), path + " " + line.get("key"));
            assertEquals(line.get("list"), row.getCell(3).getStringCellValue());
        }
    }

    private static Row find(Sheet sheet, String key, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(1) != null && row.getCell(0).getCellType() == CellType.STRING
                    && key.equals(row.getCell(0).getStringCellValue()) && label.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " " + label + " in the sheet " + sheet.getSheetName());
    }
}
