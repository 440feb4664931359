package org.csto.dectrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.document.AdoptionStatus;
import org.csto.dectrack.document.PositionKind;
import org.csto.dectrack.shared.i18n.LocalizedText;

/**
 * The annual report's grouped counts of documents, positions, ratifications and activities, each the twin of a list's
 * filters (the report's links): documents by the list's {@code year} (considered in it) and {@code adoptionStatus},
 * positions dated by the day as the list's {@code signedBy} reads them as of a day, activities by start date.
 */
@ApplicationScoped
public class AnnualFigures {
    private static final String ADOPTED_IN = "d.consideredOn between :from and :to and d.adoptionStatus = "
            + AdoptionStatus.class.getName() + ".ADOPTED";

    @Inject EntityManager em;

    /** A document that had ratification news in the year. */
    public record Ratified(UUID id, String reference, LocalizedText titles, List<String> notifiedBy, LocalDate entryIntoForce) {
    }

    /** Adopted documents considered from {@code from} to {@code to}, by type and by body ("" for none). */
    public Map<String, Long> adoptedBy(String property, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createQuery("select d." + property + ", count(d) from Document d where " + ADOPTED_IN
                        + " group by d." + property, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            counts.put(row[0] == null ? "" : row[0].toString(), (Long) row[1]);
        }
        return counts;
    }

    /** Per state, the adopted documents considered from {@code from} to {@code to} it signed or joined by {@code day}. */
    public Map<String, Long> signedBy(LocalDate from, LocalDate to, LocalDate day) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createQuery("select p.state, count(p) from Position p, Document d where p.documentId = d.id and "
                        + ADOPTED_IN + " and p.position in (" + PositionKind.class.getName() + ".SIGNED, "
                        + PositionKind.class.getName() + ".JOINED_LATER) and (p.date is null or p.date <= :day) group by p.state",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("day", day).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Documents with a notification received, or with their entry into force, from {@code from} to {@code to}. */
    public List<Ratified> ratified(LocalDate from, LocalDate to) {
        Map<UUID, TreeSet<String>> notified = new TreeMap<>();
        for (Object[] row : em.createQuery("select r.documentId, r.state from Ratification r where r.notifiedOn between :from and :to",
                Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
            notified.computeIfAbsent((UUID) row[0], k -> new TreeSet<>()).add((String) row[1]);
        }
        List<Ratified> documents = new ArrayList<>();
        for (Object[] row : em.createQuery("select d.id, d.reference, d.titles, d.entryIntoForce from Document d "
                        + "where d.id in :notified or d.entryIntoForce between :from and :to order by d.reference", Object[].class)
                .setParameter("notified", notified.isEmpty() ? List.of(new UUID(0, 0)) : notified.keySet())
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            LocalDate force = (LocalDate) row[3];
            documents.add(new Ratified((UUID) row[0], (String) row[1], (LocalizedText) row[2],
                    List.copyOf(notified.getOrDefault((UUID) row[0], new TreeSet<>())),
                    force != null && !force.isBefore(from) && !force.isAfter(to) ? force : null));
        }
        return documents;
    }

    /** Activities starting from {@code from} to {@code to}: by kind, or by partner organisation taking part. */
    public Map<String, Long> activitiesBy(boolean partner, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new TreeMap<>();
        String query = partner
                ? "select p, count(a) from Activity a join a.partners p where a.startDate between :from and :to group by p"
                : "select a.kind, count(a) from Activity a where a.startDate between :from and :to group by a.kind";
        for (Object[] row : em.createQuery(query, Object[].class).setParameter("from", from).setParameter("to", to).getResultList()) {
            counts.put(row[0].toString(), (Long) row[1]);
        }
        return counts;
    }
}
