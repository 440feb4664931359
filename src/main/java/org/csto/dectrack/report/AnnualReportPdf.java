package org.csto.dectrack.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.csto.dectrack.report.ReportTables.Column;
import org.csto.dectrack.report.ReportTables.Section;
import org.csto.dectrack.report.ReportTables.Table;
import org.jfree.chart.JFreeChart;

/**
 * The annual report laid out for printing on A4 portrait: the title and the day the figures are taken on, then each
 * section ({@link ReportTables}) as a heading with its tables, the links left out, and the charts after their sections
 * ({@link ReportCharts}), drawn as vector graphics; numbered pages. Text is in DejaVu Sans, embedded.
 */
final class AnnualReportPdf {
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * 50;
    private static final float CHART_HEIGHT = 230;
    private static final Color HEADER = new Color(0xDD, 0xE6, 0xF0);
    private static final Color RULE = new Color(0xA0, 0xA0, 0xA0);

    private final ReportFonts fonts = new ReportFonts();
    private final Font title = new Font(fonts.bold(), 15);
    private final Font heading = new Font(fonts.bold(), 12, Font.NORMAL, new Color(0x1F, 0x4E, 0x79));
    private final Font subheading = new Font(fonts.bold(), 9.5f);
    private final Font text = new Font(fonts.regular(), 9);
    private final Font bold = new Font(fonts.bold(), 8.5f);
    private final Font cell = new Font(fonts.regular(), 8.5f);
    private final Font small = new Font(fonts.regular(), 8, Font.NORMAL, Color.DARK_GRAY);

    private AnnualReportPdf() {
    }

    static void write(AnnualReport report, ReportTexts texts, OutputStream out) throws IOException {
        new AnnualReportPdf().layout(report, texts, out);
    }

    private void layout(AnnualReport report, ReportTexts texts, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setStrictImageSequence(true);
            document.addTitle(report.title());
            document.addCreator("Decision Tracker");
            HeaderFooter footer = new HeaderFooter(new Phrase(texts.get("page") + " ", small), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();

            Paragraph head = new Paragraph(report.title(), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(4);
            document.add(head);
            Paragraph asOf = new Paragraph(texts.get("asOf", report.asOf().toString()), text);
            asOf.setAlignment(Element.ALIGN_CENTER);
            asOf.setSpacingAfter(6);
            document.add(asOf);

            Map<String, JFreeChart> charts = Map.of("implementation", ReportCharts.byStatus(report, texts),
                    "overdueByParty", ReportCharts.overdueByParty(report, texts), "comparison", ReportCharts.yearOnYear(report, texts));
            for (Section section : ReportTables.of(report, texts)) {
                Paragraph title = new Paragraph(section.title(), heading);
                title.setSpacingBefore(8);
                title.setSpacingAfter(4);
                title.setKeepTogether(true);
                document.add(title);
                for (Table table : section.tables()) {
                    if (table.title() != null) {
                        Paragraph subtitle = new Paragraph(table.title(), subheading);
                        subtitle.setSpacingBefore(6);
                        subtitle.setSpacingAfter(3);
                        document.add(subtitle);
                    }
                    document.add(table(table));
                }
                if (charts.containsKey(section.key())) {
                    document.add(chart(writer, charts.get(section.key())));
                }
            }
        } catch (DocumentException e) {
            throw new IOException("the annual report could not be laid out", e);
        } finally {
            document.close();
        }
    }

    /** The table without its link columns: numbers right-aligned, the header repeated on a new page. */
    private PdfPTable table(Table table) throws DocumentException {
        List<Integer> shown = IntStream.range(0, table.columns().size())
                .filter(c -> !table.columns().get(c).link()).boxed().toList();
        PdfPTable pdf = new PdfPTable(shown.size());
        pdf.setWidthPercentage(100);
        pdf.setWidths(widths(table, shown));
        pdf.setHeaderRows(1);
        pdf.setSpacingBefore(5); // a table placed right after a paragraph would otherwise overlap its descenders
        pdf.setSpacingAfter(4);
        for (int c : shown) {
            Column column = table.columns().get(c);
            PdfPCell header = cell(new Phrase(column.title(), bold), numeric(table, c));
            header.setBackgroundColor(HEADER);
            pdf.addCell(header);
        }
        for (List<Object> row : table.rows()) {
            for (int c : shown) {
                Object value = row.get(c);
                pdf.addCell(cell(new Phrase(value == null ? "" : value.toString(), cell), value instanceof Number));
            }
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = cell(new Phrase("—", cell), false);
            none.setColspan(shown.size());
            pdf.addCell(none);
        }
        return pdf;
    }

    private static PdfPCell cell(Phrase phrase, boolean numeric) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** Text columns share the width by their longest text; a numeric column gets what its title needs. */
    private static float[] widths(Table table, List<Integer> shown) {
        float[] widths = new float[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            int c = shown.get(i);
            int longest = table.columns().get(c).title().length();
            for (List<Object> row : table.rows()) {
                longest = Math.max(longest, row.get(c) == null ? 0 : row.get(c).toString().length());
            }
            widths[i] = Math.max(6, Math.min(longest, 50));
        }
        return widths;
    }

    private static boolean numeric(Table table, int column) {
        return !table.rows().isEmpty() && table.rows().stream().allMatch(r -> r.get(column) == null || r.get(column) instanceof Number)
                && table.rows().stream().anyMatch(r -> r.get(column) != null);
    }

    /** The chart as vector graphics: its text stays text, in the embedded font. */
    private Element chart(PdfWriter writer, JFreeChart chart) throws DocumentException {
        PdfTemplate template = writer.getDirectContent().createTemplate(WIDTH, CHART_HEIGHT);
        ReportCharts.draw(chart, template.createGraphics(WIDTH, CHART_HEIGHT, fonts), WIDTH, CHART_HEIGHT);
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(8);
        image.setSpacingAfter(4);
        return image;
    }
}
