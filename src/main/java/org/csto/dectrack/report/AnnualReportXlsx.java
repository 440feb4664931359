package org.csto.dectrack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.csto.dectrack.report.ReportTables.Column;
import org.csto.dectrack.report.ReportTables.Section;
import org.csto.dectrack.report.ReportTables.Table;

/**
 * The annual report as a workbook: a sheet per section ({@link ReportTables}), its tables one under the other, each
 * with a header row (a titled table with its title above); numbers and dates as such, column widths set to the text.
 */
final class AnnualReportXlsx {
    /** Characters, past which a column wraps rather than widens (links are long). */
    private static final int WIDEST = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle header;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle date;

    private AnnualReportXlsx() {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        whole = format("0");
        decimal = format("0.0");
        date = format("yyyy-mm-dd");
    }

    static void write(AnnualReport report, ReportTexts texts, OutputStream out) throws IOException {
        AnnualReportXlsx xlsx = new AnnualReportXlsx();
        try (XSSFWorkbook workbook = xlsx.workbook) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            for (Section section : ReportTables.of(report, texts)) {
                xlsx.sheet(texts.get("sheet." + section.key()), section);
            }
            workbook.write(out);
        }
    }

    private void sheet(String name, Section section) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        int[] widths = new int[8];
        int at = 0;
        for (Table table : section.tables()) {
            if (at > 0) {
                at++;
            }
            if (table.title() != null) {
                Row title = sheet.createRow(at++);
                title.createCell(0).setCellValue(table.title());
                title.getCell(0).setCellStyle(bold);
            }
            Row head = sheet.createRow(at++);
            List<Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(columns.get(c).title());
                head.getCell(c).setCellStyle(header);
                widths[c] = Math.max(widths[c], columns.get(c).title().length());
            }
            for (List<Object> cells : table.rows()) {
                Row row = sheet.createRow(at++);
                for (int c = 0; c < cells.size(); c++) {
                    widths[c] = Math.max(widths[c], cell(row, c, cells.get(c)));
                }
            }
        }
        if (section.tables().get(0).title() == null) {
            sheet.createFreezePane(0, 1);
        }
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] > 0) {
                sheet.setColumnWidth(c, (Math.min(widths[c], WIDEST) + 2) * 256);
            }
        }
    }

    /** Writes a cell and answers the characters it shows. */
    private int cell(Row row, int column, Object value) {
        if (value == null) {
            return 0;
        }
        var cell = row.createCell(column);
        if (value instanceof Long number) {
            cell.setCellValue(number);
            cell.setCellStyle(whole);
        } else if (value instanceof Double number) {
            cell.setCellValue(number);
            cell.setCellStyle(decimal);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
            return 10;
        } else {
            cell.setCellValue(value.toString());
        }
        return value.toString().length();
    }

    private CellStyle format(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
