package org.csto.dectrack.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureStatus;
import org.csto.dectrack.session.SessionStatus;
import org.csto.dectrack.shared.time.TimeSource;

/**
 * Aggregates a year in a fixed number of grouped queries. Status-based figures use each measure's current status:
 * the registry keeps reports, not snapshots, so "open at the year's end" is read from today's state.
 */
@ApplicationScoped
public class SummingUpService {
    @Inject EntityManager em;
    @Inject TimeSource time;

    public SummingUp of(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = time.today();
        LocalDate asOf = today.isBefore(to) ? today : to;

        List<SummingUp.SessionLine> sessions = em.createQuery("""
                        select s.id, s.body, s.startDate, s.city, s.chair, s.kind,
                               (select count(d) from Document d where d.sessionId = s.id)
                        from Session s where s.startDate between :from and :to and s.status = :held
                        order by s.startDate, s.body""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("held", SessionStatus.HELD)
                .getResultList().stream()
                .map(r -> new SummingUp.SessionLine((UUID) r[0], (String) r[1], (LocalDate) r[2], (String) r[3], (String) r[4],
                        r[5].toString(), (Long) r[6]))
                .toList();

        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        for (Object[] row : em.createQuery("""
                        select d.adoptionStatus, d.type, count(d) from Document d
                        where d.consideredOn between :from and :to group by d.adoptionStatus, d.type""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            byStatus.merge(row[0].toString(), (Long) row[2], Long::sum);
            byType.merge(row[1].toString(), (Long) row[2], Long::sum);
        }

        Map<String, Map<String, Long>> positions = new TreeMap<>();
        for (Object[] row : em.createQuery("""
                        select p.state, p.position, count(p) from Position p, Document d
                        where p.documentId = d.id and d.consideredOn between :from and :to
                        group by p.state, p.position""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            positions.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put(row[1].toString(), (Long) row[2]);
        }

        long notifications = count("select count(r) from Ratification r where r.notifiedOn between :from and :to", from, to);
        long enteredIntoForce = count("select count(d) from Document d where d.entryIntoForce between :from and :to", from, to);

        Map<String, Long> measuresDue = new LinkedHashMap<>();
        for (MeasureStatus status : MeasureStatus.values()) {
            measuresDue.put(status.name(), 0L);
        }
        for (Object[] row : em.createQuery("""
                        select m.status, count(m) from Measure m
                        where m.childCount = 0 and m.dueDate between :from and :to group by m.status""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            measuresDue.put(row[0].toString(), (Long) row[1]);
        }
        long completed = em.createQuery("""
                        select count(distinct r.measureId) from ProgressReport r
                        where r.status = :completed and r.reportedOn between :from and :to""", Long.class)
                .setParameter("completed", MeasureStatus.COMPLETED).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        long reports = count("select count(r) from ProgressReport r where r.reportedOn between :from and :to", from, to);
        long overdue = em.createQuery("""
                        select count(m) from Measure m
                        where m.childCount = 0 and m.dueDate < :asOf and m.status in :open""", Long.class)
                .setParameter("asOf", asOf).setParameter("open", MeasureStatus.OPEN).getSingleResult();

        return new SummingUp(year, asOf, sessions, byStatus, byType, positions, notifications, enteredIntoForce, measuresDue,
                completed, reports, overdue);
    }

    private long count(String query, LocalDate from, LocalDate to) {
        return em.createQuery(query, Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
