package org.csto.dectrack.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.document.DocumentService;
import org.csto.dectrack.implementation.MeasureViews.ImplementationView;
import org.csto.dectrack.implementation.MeasureViews.LateMeasure;
import org.csto.dectrack.session.Session;
import org.csto.dectrack.session.SessionService;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.time.TimeSource;

/** Roll-ups of implementation for a document and for a session: loads the measures once, computes in memory. */
@ApplicationScoped
public class ImplementationService {
    private final DocumentService documents;
    private final SessionService sessions;
    private final MeasureRepository measures;
    private final TimeSource time;
    private final EntityManager em;

    public ImplementationService(DocumentService documents, SessionService sessions, MeasureRepository measures,
                                 TimeSource time, EntityManager em) {
        this.documents = documents;
        this.sessions = sessions;
        this.measures = measures;
        this.time = time;
        this.em = em;
    }

    /** The document's measures: overall, then per top-level measure (for a programme, per stage). */
    public ImplementationView ofDocument(UUID documentId, Lang lang) {
        Document document = documents.get(documentId);
        List<Measure> all = measures.ofDocuments(List.of(documentId));
        Tree tree = new Tree(all);
        LocalDate today = time.today();
        List<ImplementationView> parts = new ArrayList<>();
        for (Measure top : tree.roots()) {
            parts.add(summarise(top.reference, List.of(top), tree.subtree(top), today, lang, List.of()));
        }
        return summarise(document.reference, tree.roots(), all, today, lang, parts);
    }

    /** All documents of the session: overall, then per document. */
    public ImplementationView ofSession(UUID sessionId, Lang lang) {
        Session session = sessions.get(sessionId);
        List<Document> sessionDocuments = em.createQuery(
                        "select d from Document d where d.sessionId = :s order by d.reference", Document.class)
                .setParameter("s", sessionId).getResultList();
        List<Measure> all = sessionDocuments.isEmpty() ? List.of()
                : measures.ofDocuments(sessionDocuments.stream().map(d -> d.id).toList());
        Tree tree = new Tree(all);
        LocalDate today = time.today();
        Map<UUID, List<Measure>> byDocument = new HashMap<>();
        for (Measure m : all) {
            byDocument.computeIfAbsent(m.document.id, k -> new ArrayList<>()).add(m);
        }
        List<ImplementationView> parts = new ArrayList<>();
        for (Document d : sessionDocuments) {
            List<Measure> ofDocument = byDocument.getOrDefault(d.id, List.of());
            if (!ofDocument.isEmpty()) {
                List<Measure> roots = tree.roots().stream().filter(r -> r.document.id.equals(d.id)).toList();
                parts.add(summarise(d.reference, roots, ofDocument, today, lang, List.of()));
            }
        }
        String subject = session.body + " " + session.startDate + (session.city == null ? "" : " " + session.city);
        return summarise(subject, tree.roots(), all, today, lang, parts);
    }

    private static ImplementationView summarise(String subject, List<Measure> roots, List<Measure> measures, LocalDate today,
                                                Lang lang, List<ImplementationView> parts) {
        RollUp.Result overall = RollUp.of(roots.stream().map(m -> new RollUp.Child(m.status, m.progress, m.weight)).toList());
        Map<MeasureStatus, Integer> byStatus = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            byStatus.put(status, 0);
        }
        int overdue = 0;
        int atRisk = 0;
        LocalDate nextDeadline = null;
        List<LateMeasure> late = new ArrayList<>();
        for (Measure m : measures) {
            byStatus.merge(m.status, 1, Integer::sum);
            Lateness lateness = m.latenessOn(today);
            if (lateness.overdue()) {
                overdue++;
                late.add(new LateMeasure(m.id, m.reference, m.titles.in(lang), m.lead, m.dueDate, lateness.daysLate(), m.status, m.progress));
            }
            if (lateness.atRisk()) {
                atRisk++;
            }
            if (m.status.isOpen() && m.dueDate != null && !m.dueDate.isBefore(today)
                    && (nextDeadline == null || m.dueDate.isBefore(nextDeadline))) {
                nextDeadline = m.dueDate;
            }
        }
        late.sort(Comparator.comparing(LateMeasure::dueDate).thenComparing(LateMeasure::reference));
        return new ImplementationView(subject, overall.progress(), roots.isEmpty() ? null : overall.status(), measures.size(),
                byStatus, overdue, atRisk, nextDeadline, late, parts);
    }

    /** Parent-child links among a set of measures. */
    private static final class Tree {
        private final List<Measure> roots = new ArrayList<>();
        private final Map<UUID, List<Measure>> children = new HashMap<>();

        Tree(List<Measure> measures) {
            for (Measure m : measures) {
                if (m.parentId == null) {
                    roots.add(m);
                } else {
                    children.computeIfAbsent(m.parentId, k -> new ArrayList<>()).add(m);
                }
            }
            roots.sort(Comparator.comparing((Measure m) -> m.document.reference).thenComparingInt(m -> m.seq));
        }

        List<Measure> roots() {
            return roots;
        }

        List<Measure> subtree(Measure top) {
            List<Measure> result = new ArrayList<>();
            List<Measure> stack = new ArrayList<>(List.of(top));
            while (!stack.isEmpty()) {
                Measure m = stack.remove(stack.size() - 1);
                result.add(m);
                stack.addAll(children.getOrDefault(m.id, List.of()));
            }
            return result;
        }
    }
}
