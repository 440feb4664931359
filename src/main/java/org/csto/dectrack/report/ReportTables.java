package org.csto.dectrack.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.csto.dectrack.report.AnnualReport.Chair;
import org.csto.dectrack.report.AnnualReport.Comparison;
import org.csto.dectrack.report.AnnualReport.Line;
import org.csto.dectrack.report.AnnualReport.RatifiedDocument;
import org.csto.dectrack.report.AnnualReport.SessionLine;
import org.csto.dectrack.report.AnnualReport.StatePositions;
import org.csto.dectrack.shared.paging.Figure;

/**
 * The annual report as sections of tables, in its language, for the workbook (a sheet per section) and the PDF (a
 * heading per section): cells are text, whole numbers ({@code Long}), decimals ({@code Double}), dates or empty.
 */
final class ReportTables {
    /** The sections, in the order of the report; their keys name the sheets and headings ({@code sheet.<key>}). */
    static final List<String> SECTIONS = List.of("chairmanship", "sessions", "documents", "positions", "ratifications",
            "implementation", "overdueByParty", "activities", "comparison");

    /** A column: its bundle key ({@code column.<key>}; {@code list...} columns hold the links) and its title. */
    record Column(String key, String title) {
        boolean link() {
            return key.startsWith("list") || key.endsWith("List");
        }
    }

    /** A table with a title of its own (null when it is the section's only or first table). */
    record Table(String title, List<Column> columns, List<List<Object>> rows) {
    }

    record Section(String key, String title, List<Table> tables) {
    }

    private final ReportTexts texts;

    private ReportTables(ReportTexts texts) {
        this.texts = texts;
    }

    static List<Section> of(AnnualReport r, ReportTexts texts) {
        return new ReportTables(texts).sections(r);
    }

    private List<Section> sections(AnnualReport r) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("chairmanship", new Table(null, columns("label", "key", "state", "from", "to"),
                List.of(chair("chair.current", r.chairmanship()), chair("chair.next", r.nextChairmanship())))));

        List<List<Object>> sessions = new ArrayList<>();
        for (SessionLine s : r.sessions().list()) {
            sessions.add(row(s.date(), s.bodyName(), s.city(), s.chair(), s.documents().count(), s.documents().list()));
        }
        sections.add(section("sessions", figures(List.of(figure("sessionsHeld", r.sessions().held()))),
                new Table(null, columns("date", "body", "city", "chair", "documents", "list"), sessions)));

        sections.add(section("documents", figures(List.of(figure("documentsAdopted", r.documents().adopted()))),
                lines("section.documentsByType", r.documents().byType()), lines("section.documentsByBody", r.documents().byBody())));

        List<List<Object>> positions = new ArrayList<>();
        for (StatePositions p : r.positions()) {
            positions.add(row(p.state(), p.name(), p.signed().count(), p.notSigned().count(), p.signed().list(), p.notSigned().list()));
        }
        sections.add(section("positions",
                new Table(null, columns("key", "state", "signed", "notSigned", "signedList", "notSignedList"), positions)));

        List<List<Object>> ratified = new ArrayList<>();
        for (RatifiedDocument d : r.ratifications().byDocument()) {
            ratified.add(row(d.reference(), d.title(), String.join(", ", d.notifiedBy()), d.entryIntoForce(), d.list()));
        }
        sections.add(section("ratifications", figures(List.of(
                        row(texts.get("figure.notificationsReceived"), r.ratifications().notificationsReceived(), null),
                        figure("enteredIntoForce", r.ratifications().enteredIntoForce()))),
                new Table(null, columns("reference", "document", "notifiedBy", "entryIntoForce", "list"), ratified)));

        sections.add(section("implementation", figures(List.of(figure("measuresDue", r.implementation().due()),
                        figure("measuresCompleted", r.implementation().completed()),
                        row(texts.get("figure.completionRate"), r.implementation().completionRate(), null),
                        row(texts.get("figure.progressReports"), r.implementation().progressReports(), null))),
                lines("section.dueByStatus", r.implementation().dueByStatus())));

        sections.add(section("overdueByParty", lines(null, r.overdueByParty())));

        sections.add(section("activities", figures(List.of(figure("activities", r.activities().total()))),
                lines("section.activitiesByKind", r.activities().byKind()),
                lines("section.activitiesByPartner", r.activities().byPartner())));

        List<List<Object>> comparison = new ArrayList<>();
        for (Comparison c : r.comparison()) {
            comparison.add(row(c.label(), number(c.current()), number(c.previous()), number(c.change())));
        }
        sections.add(section("comparison", new Table(null, List.of(column("label"),
                new Column("current", texts.get("column.current", String.valueOf(r.year()))),
                new Column("previous", texts.get("column.previous", String.valueOf(r.year() - 1))), column("change")), comparison)));
        return sections;
    }

    private Section section(String key, Table... tables) {
        return new Section(key, texts.get("section." + key), List.of(tables));
    }

    private List<Object> chair(String role, Chair chair) {
        return chair == null ? row(texts.get(role), null, texts.get("chair.none"), null, null)
                : row(texts.get(role), chair.state(), chair.name(), chair.from(), chair.to());
    }

    private Table figures(List<List<Object>> rows) {
        return new Table(null, columns("label", "count", "list"), rows);
    }

    private List<Object> figure(String key, Figure figure) {
        return row(texts.get("figure." + key), figure.count(), figure.list());
    }

    private Table lines(String title, List<Line> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(row(line.key(), line.label(), line.count(), line.list()));
        }
        return new Table(title == null ? null : texts.get(title), columns("key", "label", "count", "list"), rows);
    }

    private List<Column> columns(String... keys) {
        return Arrays.stream(keys).map(this::column).toList();
    }

    private Column column(String key) {
        return new Column(key, texts.get("column." + key));
    }

    /** A whole number as a {@code Long}, so that it is shown without decimals. */
    static Object number(double value) {
        return value == Math.rint(value) ? (Object) (long) value : (Object) value;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
