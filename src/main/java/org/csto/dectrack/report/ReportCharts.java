package org.csto.dectrack.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.csto.dectrack.report.AnnualReport.Comparison;
import org.csto.dectrack.report.AnnualReport.Line;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The annual report's three charts, drawn with JFreeChart in the report's font ({@link ReportFonts}): implementation
 * by status, overdue measures by lead, and the key figures year on year. Horizontal bars, since the labels are long,
 * each bar with its value, in colours that stay apart in grey print.
 */
final class ReportCharts {
    private static final Color CURRENT = new Color(0x1F, 0x4E, 0x79);
    private static final Color PREVIOUS = new Color(0x9D, 0xC3, 0xE6);
    private static final Color OVERDUE = new Color(0xC0, 0x50, 0x4D);

    private ReportCharts() {
    }

    static JFreeChart byStatus(AnnualReport report, ReportTexts texts) {
        return bars(texts.get("chart.byStatus"), texts.get("column.count"), lines(report.implementation().dueByStatus(),
                String.valueOf(report.year())), false, CURRENT);
    }

    static JFreeChart overdueByParty(AnnualReport report, ReportTexts texts) {
        return bars(texts.get("chart.overdueByParty"), texts.get("column.count"), lines(report.overdueByParty(),
                texts.get("figure.overdue")), false, OVERDUE);
    }

    /** The key figures of the year against the previous year's, a pair of bars per figure. */
    static JFreeChart yearOnYear(AnnualReport report, ReportTexts texts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String current = texts.get("column.current", String.valueOf(report.year()));
        String previous = texts.get("column.previous", String.valueOf(report.year() - 1));
        for (Comparison c : report.comparison()) {
            data.addValue(c.current(), current, c.label());
            data.addValue(c.previous(), previous, c.label());
        }
        return bars(texts.get("chart.yearOnYear"), null, data, true, CURRENT, PREVIOUS);
    }

    /** Draws {@code chart} into {@code width} by {@code height} points of {@code graphics}, and disposes of them. */
    static void draw(JFreeChart chart, Graphics2D graphics, float width, float height) {
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
    }

    private static DefaultCategoryDataset lines(List<Line> lines, String series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Line line : lines) {
            data.addValue(line.count(), series, line.label());
        }
        return data;
    }

    private static JFreeChart bars(String title, String axis, DefaultCategoryDataset data, boolean legend, Color... colours) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, legend, false, false);
        theme().apply(chart);
        chart.setBorderVisible(false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setUpperMargin(0.12);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.setNoDataMessage("—");
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ReportFonts.awt(false, 7));
        for (int series = 0; series < colours.length; series++) {
            renderer.setSeriesPaint(series, colours[series]);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("report", false);
        theme.setExtraLargeFont(ReportFonts.awt(true, 11));
        theme.setLargeFont(ReportFonts.awt(true, 9));
        theme.setRegularFont(ReportFonts.awt(false, 8));
        theme.setSmallFont(ReportFonts.awt(false, 7));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }
}
