package org.csto.dectrack.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.implementation.MeasureStatus;
import org.csto.dectrack.implementation.RollUp;

/**
 * Checks the derived data of a whole database against the service's rules: every parent's child count, status and
 * progress follow its children (RollUp); every measure's last_reported_on is its latest report; every document's
 * search_terms is what Document.searchTermsOf makes of its reference, titles and summaries.
 */
public final class Consistency {
    private Consistency() {
    }

    record Row(String parent, MeasureStatus status, double progress, int weight, int childCount, LocalDate lastReported) {
    }

    /** Problems found (at most 20 listed, then a count); empty when consistent. */
    public static List<String> check(Connection db) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, Row> measures = new HashMap<>();
        Map<String, List<Row>> children = new HashMap<>();
        try (Statement s = db.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery(
                    "select id, parent_id, status, progress, weight, child_count, last_reported_on from measure")) {
                while (rs.next()) {
                    java.sql.Date last = rs.getDate(7);
                    Row row = new Row(rs.getString(2), MeasureStatus.valueOf(rs.getString(3)), rs.getDouble(4), rs.getInt(5),
                            rs.getInt(6), last == null ? null : last.toLocalDate());
                    measures.put(rs.getString(1), row);
                    if (row.parent() != null) {
                        children.computeIfAbsent(row.parent(), k -> new ArrayList<>()).add(row);
                    }
                }
            }
            int issues = 0;
            for (var entry : measures.entrySet()) {
                Row m = entry.getValue();
                List<Row> kids = children.getOrDefault(entry.getKey(), List.of());
                if (m.childCount() != kids.size()) {
                    issues = note(problems, issues, "measure " + entry.getKey() + " child_count " + m.childCount() + " but " + kids.size()
                            + " children");
                }
                if (!kids.isEmpty()) {
                    RollUp.Result expected = RollUp.of(kids.stream().map(k -> new RollUp.Child(k.status(), k.progress(), k.weight())).toList());
                    if (expected.status() != m.status() || Math.abs(expected.progress() - m.progress()) > 0.005) {
                        issues = note(problems, issues, "measure " + entry.getKey() + " is " + m.status() + " " + m.progress()
                                + " but its children roll up to " + expected.status() + " " + expected.progress());
                    }
                }
            }
            Map<String, LocalDate> latest = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select measure_id, max(reported_on) from progress_report group by measure_id")) {
                while (rs.next()) {
                    latest.put(rs.getString(1), rs.getDate(2).toLocalDate());
                }
            }
            for (var entry : measures.entrySet()) {
                if (!Objects.equals(latest.get(entry.getKey()), entry.getValue().lastReported())) {
                    issues = note(problems, issues, "measure " + entry.getKey() + " last_reported_on " + entry.getValue().lastReported()
                            + " but latest report " + latest.get(entry.getKey()));
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "select id, reference, title_ru, title_en, summary_ru, summary_en, search_terms from document")) {
                while (rs.next()) {
                    String expected = Document.searchTermsOf(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6));
                    if (!expected.equals(rs.getString(7))) {
                        issues = note(problems, issues, "document " + rs.getString(1) + " search_terms is stale");
                    }
                }
            }
            if (issues > 20) {
                problems.add("… " + (issues - 20) + " more");
            }
        }
        return problems;
    }

    private static int note(List<String> problems, int issues, String problem) {
        if (issues < 20) {
            problems.add(problem);
        }
        return issues + 1;
    }

    /** Row counts of the main tables, for reports. */
    public static Map<String, Long> counts(Connection db) throws SQLException {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (String table : List.of("council_session", "document", "document_position", "ratification", "document_relation",
                    "document_tag", "measure", "measure_contributor", "progress_report", "report_evidence")) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
