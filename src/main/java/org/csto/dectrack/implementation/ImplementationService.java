package org.csto.dectrack.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.document.DocumentRepository;
import org.csto.dectrack.document.DocumentService;
import org.csto.dectrack.implementation.MeasureViews.ImplementationView;
import org.csto.dectrack.session.Session;
import org.csto.dectrack.session.SessionService;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.time.TimeSource;

/** Roll-ups of implementation for a document and for a session: loads the measures once, computes in memory. */
@ApplicationScoped
public class ImplementationService {
    @Inject DocumentService documents;
    @Inject SessionService sessions;
    @Inject MeasureRepository measures;
    @Inject DocumentRepository documentRows;
    @Inject TimeSource time;

    /** The document's measures: overall, then per top-level measure (for a programme, per stage). */
    public ImplementationView ofDocument(UUID documentId, Lang lang) {
        Document document = documents.get(documentId);
        List<Measure> all = measures.ofDocuments(List.of(documentId));
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(all);
        LocalDate today = time.today();
        List<ImplementationView> parts = new ArrayList<>();
        for (Measure top : tree.roots()) {
            parts.add(ImplementationSummary.of(top.reference, List.of(top), tree.subtree(top), today, lang, List.of()));
        }
        return ImplementationSummary.of(document.reference, tree.roots(), all, today, lang, parts);
    }

    /** All documents of the session: overall, then per document. */
    public ImplementationView ofSession(UUID sessionId, Lang lang) {
        Session session = sessions.get(sessionId);
        List<Document> sessionDocuments = documentRows.ofSession(sessionId);
        List<Measure> all = sessionDocuments.isEmpty() ? List.of()
                : measures.ofDocuments(sessionDocuments.stream().map(d -> d.id).toList());
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(all);
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
                parts.add(ImplementationSummary.of(d.reference, roots, ofDocument, today, lang, List.of()));
            }
        }
        String subject = session.body + " " + session.startDate + (session.city == null ? "" : " " + session.city);
        return ImplementationSummary.of(subject, tree.roots(), all, today, lang, parts);
    }
}
