package org.csto.dectrack.report;

import java.util.ArrayList;
import java.util.List;
import org.csto.dectrack.report.AnnualReport.Comparison;
import org.csto.dectrack.report.AnnualReport.Line;
import org.csto.dectrack.report.AnnualReport.RatifiedDocument;
import org.csto.dectrack.report.AnnualReport.SessionLine;
import org.csto.dectrack.report.AnnualReport.StatePositions;
import org.csto.dectrack.shared.csv.Csv;
import org.csto.dectrack.shared.paging.Figure;

/**
 * The annual report as one CSV table (the project's CSV rules, {@link Csv}): a row per figure of the JSON, each with
 * its section, key, label in the report's language, count and list; the comparison rows also carry the previous
 * year's figure and the change.
 */
final class AnnualReportCsv {
    static final List<String> COLUMNS = List.of("section", "key", "label", "count", "previous", "change", "list");

    private final List<String> lines = new ArrayList<>();
    private final ReportTexts texts;

    private AnnualReportCsv(ReportTexts texts) {
        this.texts = texts;
    }

    /** The header row and the rows, each ended with CRLF; the caller writes the byte order mark first. */
    static String of(AnnualReport report, ReportTexts texts) {
        AnnualReportCsv csv = new AnnualReportCsv(texts);
        csv.lines.add(Csv.line(COLUMNS));
        csv.rows(report);
        return String.join("", csv.lines);
    }

    private void rows(AnnualReport r) {
        chair("chairmanship", "current", r.chairmanship());
        chair("chairmanship", "next", r.nextChairmanship());
        figure("sessions", "sessionsHeld", r.sessions().held());
        for (SessionLine s : r.sessions().list()) {
            String label = s.bodyName() + ", " + s.date() + (s.city() == null ? "" : ", " + s.city());
            row("sessions.list", s.id().toString(), label, s.documents().count(), s.documents().list());
        }
        figure("documents", "documentsAdopted", r.documents().adopted());
        lines("documents.byType", r.documents().byType());
        lines("documents.byBody", r.documents().byBody());
        for (StatePositions p : r.positions()) {
            row("positions.signed", p.state(), p.name(), p.signed().count(), p.signed().list());
            row("positions.notSigned", p.state(), p.name(), p.notSigned().count(), p.notSigned().list());
        }
        row("ratifications", "notificationsReceived", texts.get("figure.notificationsReceived"),
                r.ratifications().notificationsReceived(), null);
        figure("ratifications", "enteredIntoForce", r.ratifications().enteredIntoForce());
        for (RatifiedDocument d : r.ratifications().byDocument()) {
            row("ratifications.byDocument", d.reference(), d.title(), d.notifiedBy().size(), d.list());
        }
        figure("implementation", "measuresDue", r.implementation().due());
        lines("implementation.dueByStatus", r.implementation().dueByStatus());
        figure("implementation", "measuresCompleted", r.implementation().completed());
        row("implementation", "completionRate", texts.get("figure.completionRate"), r.implementation().completionRate(), null);
        row("implementation", "progressReports", texts.get("figure.progressReports"), r.implementation().progressReports(), null);
        lines("overdueByParty", r.overdueByParty());
        figure("activities", "activities", r.activities().total());
        lines("activities.byKind", r.activities().byKind());
        lines("activities.byPartner", r.activities().byPartner());
        for (Comparison c : r.comparison()) {
            lines.add(Csv.line(List.of("comparison", Csv.value(c.key()), Csv.text(c.label()), number(c.current()),
                    number(c.previous()), number(c.change()), "")));
        }
    }

    private void chair(String section, String key, AnnualReport.Chair chair) {
        lines.add(Csv.line(List.of(section, key, Csv.text(texts.get("chair." + key) + ": "
                + (chair == null ? texts.get("chair.none") : chair.name() + " (" + chair.state() + ")")), "", "", "", "")));
    }

    private void figure(String section, String key, Figure figure) {
        row(section, key, texts.get("figure." + key), figure.count(), figure.list());
    }

    private void lines(String section, List<Line> lines) {
        for (Line line : lines) {
            row(section, line.key(), line.label(), line.count(), line.list());
        }
    }

    private void row(String section, String key, String label, Number count, String list) {
        lines.add(Csv.line(List.of(section, Csv.value(key), Csv.text(label), count == null ? "" : number(count.doubleValue()),
                "", "", Csv.value(list))));
    }

    /** A whole number without ".0", as JSON readers and spreadsheets expect. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
