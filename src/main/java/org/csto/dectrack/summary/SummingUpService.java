package org.csto.dectrack.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureStatus;
import org.csto.dectrack.session.SessionStatus;
import org.csto.dectrack.shared.time.AsOf;

/**
 * Aggregates a year in a fixed number of grouped queries, as of a day and as recorded at an instant ({@link AsOf}).
 * Dated facts count when dated within the year and on or before the day. A measure's status on the day is the one its
 * last report dated on or before the day left: the status before the first report after it (reports on a measure are
 * filed in date order), else its current one. With {@code recorded}, rows and reports created after that instant do
 * not count, and neither do reports filed after it.
 */
@ApplicationScoped
public class SummingUpService {
    /** A report that the day or the instant does not yet know of. */
    private static final String LATER = "(%1$s.reportedOn > :day or %1$s.createdAt > :recorded)";
    /** The leaf measures (children carry the figures) counted, with their status on the day: two queries, summed. */
    private static final String WITHOUT_LATER_REPORT = "select %1$sm.status, count(m) from Measure m where m.childCount = 0 "
            + "and m.createdAt <= :recorded and %2$s and not exists (select r from ProgressReport r where r.measureId = m.id and "
            + LATER.formatted("r").replace("%", "%%") + ") group by %1$sm.status";
    private static final String WITH_LATER_REPORT = "select %1$sr.previousStatus, count(r) from ProgressReport r, Measure m "
            + "where r.measureId = m.id and m.childCount = 0 and m.createdAt <= :recorded and %2$s and "
            + LATER.formatted("r").replace("%", "%%")
            + " and not exists (select f from ProgressReport f where f.measureId = r.measureId and " + LATER.formatted("f")
            + " and f.createdAt < r.createdAt) group by %1$sr.previousStatus";
    /** Leaves due before the cutoff. */
    private static final String PAST_DUE = "m.dueDate < :cutoff";

    @Inject EntityManager em;

    public SummingUp of(int year, AsOf at) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate cutoff = at.day().isBefore(to) ? at.day() : to;
        Instant recorded = at.recordedOrEver();

        List<SummingUp.SessionLine> sessions = em.createQuery("""
                        select s.id, s.body, s.startDate, s.city, s.chair, s.kind,
                               (select count(d) from Document d where d.sessionId = s.id and d.createdAt <= :recorded)
                        from Session s where s.startDate between :from and :to and s.status = :held and s.createdAt <= :recorded
                        order by s.startDate, s.body""", Object[].class)
                .setParameter("from", from).setParameter("to", cutoff).setParameter("held", SessionStatus.HELD)
                .setParameter("recorded", recorded)
                .getResultList().stream()
                .map(r -> new SummingUp.SessionLine((UUID) r[0], (String) r[1], (LocalDate) r[2], (String) r[3], (String) r[4],
                        r[5].toString(), (Long) r[6]))
                .toList();

        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        for (Object[] row : dated("""
                select d.adoptionStatus, d.type, count(d) from Document d
                where d.consideredOn between :from and :to and d.createdAt <= :recorded
                group by d.adoptionStatus, d.type""", Object[].class, from, cutoff, recorded).getResultList()) {
            byStatus.merge(row[0].toString(), (Long) row[2], Long::sum);
            byType.merge(row[1].toString(), (Long) row[2], Long::sum);
        }

        Map<String, Map<String, Long>> positions = new TreeMap<>();
        for (Object[] row : dated("""
                select p.state, p.position, count(p) from Position p, Document d
                where p.documentId = d.id and d.consideredOn between :from and :to and (p.date is null or p.date <= :to)
                and p.createdAt <= :recorded
                group by p.state, p.position""", Object[].class, from, cutoff, recorded).getResultList()) {
            positions.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put(row[1].toString(), (Long) row[2]);
        }

        long notifications = dated("select count(r) from Ratification r where r.notifiedOn between :from and :to "
                + "and r.createdAt <= :recorded", Long.class, from, cutoff, recorded).getSingleResult();
        long enteredIntoForce = dated("select count(d) from Document d where d.entryIntoForce between :from and :to "
                + "and d.createdAt <= :recorded", Long.class, from, cutoff, recorded).getSingleResult();

        Map<String, Long> measuresDue = new LinkedHashMap<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            measuresDue.put(status.name(), 0L);
        }
        String dueInYear = "m.dueDate between :from and :to";
        for (String query : List.of(WITHOUT_LATER_REPORT.formatted("", dueInYear), WITH_LATER_REPORT.formatted("", dueInYear))) {
            for (Object[] row : onTheDay(query, at.day(), recorded).setParameter("from", from).setParameter("to", to)
                    .getResultList()) {
                measuresDue.merge(row[0].toString(), (Long) row[1], Long::sum);
            }
        }
        long completed = dated("""
                select count(distinct r.measureId) from ProgressReport r
                where r.status = :completed and r.reportedOn between :from and :to and r.createdAt <= :recorded""",
                Long.class, from, cutoff, recorded).setParameter("completed", MeasureStatus.COMPLETED).getSingleResult();
        long reports = dated("select count(r) from ProgressReport r where r.reportedOn between :from and :to "
                + "and r.createdAt <= :recorded", Long.class, from, cutoff, recorded).getSingleResult();
        long overdue = overdueByLead(cutoff, at).values().stream().mapToLong(Long::longValue).sum();

        return new SummingUp(year, cutoff, sessions, byStatus, byType, positions, notifications, enteredIntoForce, measuresDue,
                completed, reports, overdue);
    }

    /**
     * The leaves due before {@code cutoff} and open on the day (their status then, as {@link #of} counts it), by lead:
     * the year's overdue measures when the cutoff is the earlier of the day and the year's end.
     */
    public Map<String, Long> overdueByLead(LocalDate cutoff, AsOf at) {
        Map<String, Long> byLead = new TreeMap<>();
        for (String query : List.of(WITHOUT_LATER_REPORT.formatted("m.lead, ", PAST_DUE), WITH_LATER_REPORT.formatted("m.lead, ", PAST_DUE))) {
            for (Object[] row : onTheDay(query, at.day(), at.recordedOrEver()).setParameter("cutoff", cutoff).getResultList()) {
                if (MeasureStatus.valueOf(row[1].toString()).isOpen()) {
                    byLead.merge((String) row[0], (Long) row[2], Long::sum);
                }
            }
        }
        return byLead;
    }

    private <T> TypedQuery<T> dated(String query, Class<T> type, LocalDate from, LocalDate to, Instant recorded) {
        return em.createQuery(query, type).setParameter("from", from).setParameter("to", to).setParameter("recorded", recorded);
    }

    private TypedQuery<Object[]> onTheDay(String query, LocalDate day, Instant recorded) {
        return em.createQuery(query, Object[].class).setParameter("day", day).setParameter("recorded", recorded);
    }
}
