package org.csto.dectrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.activity.ActivityKind;
import org.csto.dectrack.document.DocumentType;
import org.csto.dectrack.implementation.MeasureStatus;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.report.AnnualReport.Activities;
import org.csto.dectrack.report.AnnualReport.Chair;
import org.csto.dectrack.report.AnnualReport.Comparison;
import org.csto.dectrack.report.AnnualReport.Documents;
import org.csto.dectrack.report.AnnualReport.Implementation;
import org.csto.dectrack.report.AnnualReport.Line;
import org.csto.dectrack.report.AnnualReport.RatifiedDocument;
import org.csto.dectrack.report.AnnualReport.Ratifications;
import org.csto.dectrack.report.AnnualReport.SessionLine;
import org.csto.dectrack.report.AnnualReport.Sessions;
import org.csto.dectrack.report.AnnualReport.StatePositions;
import org.csto.dectrack.report.AnnualFigures.Ratified;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.paging.Figure;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.TimeSource;
import org.csto.dectrack.summary.SummingUp;
import org.csto.dectrack.summary.SummingUpService;

/**
 * The annual report of a year as of a day within it (its last day once it is over): the summing-up's figures
 * ({@link SummingUpService}) and the report's own ({@link AnnualFigures}), each with the list it is the total of, and
 * the key figures against the previous year as of the same day a year before.
 */
@ApplicationScoped
public class AnnualReportService {
    @Inject SummingUpService summingUp;
    @Inject AnnualFigures figures;
    @Inject ReferenceData referenceData;
    @Inject TimeSource time;

    /** One year's figures as of a day: what the report shows, and what the next year's compares with. */
    private record Year(int year, LocalDate day, SummingUp summary, Map<String, Long> byType, Map<String, Long> byBody,
                        Map<String, Long> signed, List<Ratified> ratified, Map<String, Long> overdue,
                        Map<String, Long> activitiesByKind, Map<String, Long> activitiesByPartner) {
        long adopted() {
            return byType.values().stream().mapToLong(Long::longValue).sum();
        }

        long due() {
            return summary.measuresDueByStatus().values().stream().mapToLong(Long::longValue).sum();
        }

        Double completionRate() {
            long counted = due() - summary.measuresDueByStatus().getOrDefault(MeasureStatus.CANCELLED.name(), 0L);
            return counted == 0 ? null
                    : Math.round(1000.0 * summary.measuresDueByStatus().getOrDefault(MeasureStatus.COMPLETED.name(), 0L) / counted) / 10.0;
        }

        long enteredIntoForce() {
            return ratified.stream().filter(r -> r.entryIntoForce() != null).count();
        }

        long notifications() {
            return ratified.stream().mapToLong(r -> r.notifiedBy().size()).sum();
        }

        long activities() {
            return activitiesByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        long overdueTotal() {
            return overdue.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * @param asOf a day within the year, or null for the year's last day (today while the year runs)
     */
    public AnnualReport of(int year, LocalDate asOf, Lang lang) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = time.today();
        if (asOf != null && (asOf.isBefore(first) || asOf.isAfter(last))) {
            throw ProblemException.badParameter("asOf", "report.dayOfYear", year);
        }
        LocalDate day = asOf != null ? asOf : today.isBefore(last) ? today : last;
        if (day.isBefore(first)) {
            throw ProblemException.badParameter("year", "report.yearNotBegun", year, today);
        }
        Year current = year(year, day);
        Year previous = year(year - 1, day.minusYears(1));
        return assemble(current, previous, ReportTexts.in(lang), referenceData.names());
    }

    private Year year(int year, LocalDate day) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        AsOf at = new AsOf(day, null);
        return new Year(year, day, summingUp.of(year, at), figures.adoptedBy("type", first, day), figures.adoptedBy("body", first, day),
                figures.signedBy(first, day, day), figures.ratified(first, day.isBefore(last) ? last : day),
                summingUp.overdueByLead(day, at), figures.activitiesBy(false, first, day), figures.activitiesBy(true, first, day));
    }

    private AnnualReport assemble(Year y, Year previous, ReportTexts texts, Map<String, LocalizedText> names) {
        Lang lang = texts.lang();
        String first = LocalDate.of(y.year(), 1, 1).toString();
        String documents = "/api/v1/documents?year=" + y.year() + "&adoptionStatus=ADOPTED&asOf=" + y.day();
        String measures = "/api/v1/measures?leaf=true&asOf=" + y.day();
        String due = measures + "&dueAfter=" + first + "&dueBefore=" + y.year() + "-12-31";
        String activities = "/api/v1/activities?from=" + first + "&to=" + y.day();

        List<SessionLine> sessionLines = y.summary().sessions().stream().map(s -> new SessionLine(s.id(), s.body(),
                name(names, s.body(), lang), s.date(), s.city(), s.chair(),
                new Figure(s.documents(), "/api/v1/documents?session=" + s.id()))).toList();
        Sessions sessions = new Sessions(new Figure(sessionLines.size(), "/api/v1/sessions?status=HELD&from=" + first + "&to=" + y.day()),
                sessionLines);

        List<Line> byType = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            Long count = y.byType().get(type.name());
            if (count != null) {
                byType.add(new Line(type.name(), texts.get("type." + type.name()), count, documents + "&type=" + type.name()));
            }
        }
        List<Line> byBody = y.byBody().entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> new Line(e.getKey(), name(names, e.getKey(), lang), e.getValue(), documents + "&body=" + e.getKey())).toList();

        List<StatePositions> positions = referenceData.parties().stream().filter(ReferenceData.Party::state).map(p -> {
            long signed = y.signed().getOrDefault(p.code(), 0L);
            return new StatePositions(p.code(), p.names().in(lang), new Figure(signed, documents + "&signedBy=" + p.code()),
                    new Figure(y.adopted() - signed, documents + "&notSignedBy=" + p.code()));
        }).toList();

        Ratifications ratifications = new Ratifications(y.notifications(),
                new Figure(y.enteredIntoForce(), "/api/v1/documents?entryIntoForceYear=" + y.year()),
                y.ratified().stream().map(r -> new RatifiedDocument(r.id(), r.reference(), r.titles().in(lang), r.notifiedBy(),
                        r.entryIntoForce(), "/api/v1/documents/" + r.id() + "/ratifications")).toList());

        List<Line> byStatus = new ArrayList<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            byStatus.add(new Line(status.name(), texts.get("status." + status.name()),
                    y.summary().measuresDueByStatus().getOrDefault(status.name(), 0L), due + "&status=" + status.name()));
        }
        Implementation implementation = new Implementation(new Figure(y.due(), due), byStatus,
                new Figure(y.summary().measuresCompleted(), measures + "&status=COMPLETED&lastReportedFrom=" + first),
                y.completionRate(), y.summary().progressReports());

        List<Line> overdue = y.overdue().entrySet().stream().map(e -> new Line(e.getKey(), name(names, e.getKey(), lang),
                e.getValue(), measures + "&overdue=true&lead=" + e.getKey())).toList();

        List<Line> byKind = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            Long count = y.activitiesByKind().get(kind.name());
            if (count != null) {
                byKind.add(new Line(kind.name(), texts.get("kind." + kind.name()), count, activities + "&kind=" + kind.name()));
            }
        }
        List<Line> byPartner = y.activitiesByPartner().entrySet().stream().map(e -> new Line(e.getKey(), name(names, e.getKey(), lang),
                e.getValue(), activities + "&organization=" + e.getKey())).toList();

        return new AnnualReport(y.year(), y.day(), lang.name().toLowerCase(), texts.get("title", String.valueOf(y.year())),
                chair(y.year(), names, lang), chair(y.year() + 1, names, lang), sessions,
                new Documents(new Figure(y.adopted(), documents), byType, byBody), positions, ratifications, implementation, overdue,
                new Activities(new Figure(y.activities(), activities), byKind, byPartner), comparison(y, previous, texts));
    }

    private static List<Comparison> comparison(Year y, Year p, ReportTexts texts) {
        List<Comparison> rows = new ArrayList<>();
        compare(rows, texts, "sessionsHeld", y.summary().sessions().size(), p.summary().sessions().size());
        compare(rows, texts, "documentsAdopted", y.adopted(), p.adopted());
        compare(rows, texts, "enteredIntoForce", y.enteredIntoForce(), p.enteredIntoForce());
        compare(rows, texts, "notificationsReceived", y.notifications(), p.notifications());
        compare(rows, texts, "measuresDue", y.due(), p.due());
        compare(rows, texts, "measuresCompleted", y.summary().measuresCompleted(), p.summary().measuresCompleted());
        compare(rows, texts, "completionRate", y.completionRate() == null ? 0 : y.completionRate(),
                p.completionRate() == null ? 0 : p.completionRate());
        compare(rows, texts, "overdue", y.overdueTotal(), p.overdueTotal());
        compare(rows, texts, "progressReports", y.summary().progressReports(), p.summary().progressReports());
        compare(rows, texts, "activities", y.activities(), p.activities());
        return rows;
    }

    private static void compare(List<Comparison> rows, ReportTexts texts, String key, double current, double previous) {
        rows.add(new Comparison(key, texts.get("figure." + key), current, previous, Math.round((current - previous) * 10) / 10.0));
    }

    private Chair chair(int year, Map<String, LocalizedText> names, Lang lang) {
        return referenceData.chairmanship(year)
                .map(c -> new Chair(c.state, name(names, c.state, lang), c.startDate, c.endDate)).orElse(null);
    }

    private static String name(Map<String, LocalizedText> names, String code, Lang lang) {
        LocalizedText text = code == null ? null : names.get(code);
        return text == null ? code : text.in(lang);
    }
}
