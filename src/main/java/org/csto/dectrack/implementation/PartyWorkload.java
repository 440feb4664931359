package org.csto.dectrack.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.reference.ReferenceData.Party;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.Figure;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Each party's workload on the Organization's today: the measures it leads and those it contributes to that are open,
 * overdue, at risk, due within {@value #SOON_DAYS} days, and completed this year. Each figure is the total of the
 * measure list its link names (the same filters, {@link MeasureQueries}): two grouped queries for every party.
 */
@ApplicationScoped
public class PartyWorkload {
    static final int SOON_DAYS = 30;
    private static final String OPEN = "m.status in " + MeasureStatus.OPEN_IN_HQL;
    private static final String FIGURES = "sum(case when " + OPEN + " then 1 else 0 end), "
            + "sum(case when " + MeasureQueries.OVERDUE + " then 1 else 0 end), "
            + "sum(case when " + MeasureQueries.AT_RISK + " then 1 else 0 end), "
            + "sum(case when " + OPEN + " and m.dueDate >= :today and m.dueDate <= :soon then 1 else 0 end), "
            + "sum(case when m.status = " + MeasureStatus.class.getName() + ".COMPLETED and m.lastReportedOn >= :yearStart "
            + "then 1 else 0 end)";
    private static final String OPEN_STATUSES = "status=PLANNED&status=IN_PROGRESS&status=SUSPENDED";

    @Inject EntityManager em;
    @Inject ReferenceData referenceData;
    @Inject TimeSource time;

    @Schema(name = "PartyWorkload", description = "A member state's or body's measures, as lead and as contributor, today")
    public record PartyView(
            @Schema(example = "TJ") String code,
            @Schema(example = "MEMBER_STATE", enumeration = {"MEMBER_STATE", "BODY"}) String kind,
            @Schema(example = "Republic of Tajikistan") String name,
            @Schema(description = "The day the figures are taken on: the Organization's today") LocalDate today,
            Workload lead,
            Workload contributor) {
    }

    @Schema(name = "Workload")
    public record Workload(
            @Schema(description = "PLANNED, IN_PROGRESS or SUSPENDED") Figure open,
            @Schema(description = "Open and past the due date") Figure overdue,
            @Schema(description = "Open, due within the risk window and behind schedule") Figure atRisk,
            @Schema(description = "Open and due from today to 30 days on") Figure dueWithin30Days,
            @Schema(description = "COMPLETED with the last report dated this year") Figure completedThisYear) {
    }

    public List<PartyView> all(Lang lang) {
        return views(referenceData.parties(), null, lang);
    }

    /** One party's row, its figures counted for it alone; 404 for an unknown code. */
    public PartyView of(String code, Lang lang) {
        Party party = find(code);
        return views(List.of(party), party.code(), lang).get(0);
    }

    /** The code of a member state or body, upper-cased; 404 when it is neither. */
    public String require(String code) {
        return find(code).code();
    }

    private Party find(String code) {
        return referenceData.parties().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Party", code));
    }

    /** @param only the one party counted, or null for every one */
    private List<PartyView> views(List<Party> parties, String only, Lang lang) {
        LocalDate today = time.today();
        Map<String, long[]> lead = figures("select m.lead, " + FIGURES + " from Measure m"
                + (only == null ? "" : " where m.lead = :party") + " group by m.lead", today, only);
        Map<String, long[]> contributor = figures("select c, " + FIGURES + " from Measure m join m.contributors c"
                + (only == null ? "" : " where c = :party") + " group by c", today, only);
        return parties.stream().map(p -> view(p, lang, today, lead, contributor)).toList();
    }

    private Map<String, long[]> figures(String query, LocalDate today, String only) {
        Map<String, long[]> byParty = new HashMap<>();
        TypedQuery<Object[]> grouped = em.createQuery(query, Object[].class);
        if (only != null) {
            grouped.setParameter("party", only);
        }
        for (Object[] row : grouped
                .setParameter("today", today)
                .setParameter("todayDay", (int) today.toEpochDay())
                .setParameter("windowEnd", (int) today.toEpochDay() + Lateness.RISK_WINDOW_DAYS)
                .setParameter("soon", today.plusDays(SOON_DAYS))
                .setParameter("yearStart", today.withDayOfYear(1))
                .getResultList()) {
            long[] counts = new long[5];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
            byParty.put((String) row[0], counts);
        }
        return byParty;
    }

    private static PartyView view(Party party, Lang lang, LocalDate today, Map<String, long[]> lead, Map<String, long[]> contributor) {
        return new PartyView(party.code(), party.state() ? "MEMBER_STATE" : "BODY", party.names().in(lang), today,
                workload("lead=" + party.code(), lead.getOrDefault(party.code(), new long[5]), today),
                workload("contributor=" + party.code(), contributor.getOrDefault(party.code(), new long[5]), today));
    }

    private static Workload workload(String role, long[] counts, LocalDate today) {
        String list = "/api/v1/measures?" + role + "&";
        return new Workload(
                new Figure(counts[0], list + OPEN_STATUSES),
                new Figure(counts[1], list + "overdue=true"),
                new Figure(counts[2], list + "atRisk=true"),
                new Figure(counts[3], list + OPEN_STATUSES + "&dueAfter=" + today + "&dueBefore=" + today.plusDays(SOON_DAYS)),
                new Figure(counts[4], list + "status=COMPLETED&lastReportedFrom=" + today.withDayOfYear(1)));
    }
}
