package org.csto.dectrack.implementation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.DocumentRepository;
import org.csto.dectrack.document.DocumentService;
import org.csto.dectrack.implementation.MeasureViews.ImplementationView;
import org.csto.dectrack.session.Session;
import org.csto.dectrack.session.SessionService;
import org.csto.dectrack.shared.history.ChangeRecordRepository;
import org.csto.dectrack.shared.history.RecordedStates;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.TimeSource;

/**
 * Roll-ups of implementation for a document and for a session: loads the measures once, computes in memory. As of
 * another day, or as recorded at an instant, the measures are those of {@link MeasuresOnADay}.
 */
@ApplicationScoped
public class ImplementationService {
    @Inject DocumentService documents;
    @Inject SessionService sessions;
    @Inject MeasureRepository measures;
    @Inject DocumentRepository documentRows;
    @Inject MeasuresOnADay onADay;
    @Inject ChangeRecordRepository records;
    @Inject RecordedStates recorded;
    @Inject TimeSource time;

    /** A document of a session's roll-up: its id and reference. */
    private record Part(UUID id, String reference) {
    }

    /** The document's measures: overall, then per top-level measure (for a programme, per stage). */
    public ImplementationView ofDocument(UUID documentId, AsOf at, Lang lang) {
        if (!at.historical(time.today())) {
            return ofDocument(documents.get(documentId).reference, measures.ofDocuments(List.of(documentId)), at.day(), lang);
        }
        String reference = at.recorded() == null ? documents.get(documentId).reference
                : recordedState(ResourceType.DOCUMENT, documentId, at).get("reference").asText();
        return ofDocument(reference, onADay.of(List.of(documentId), at), at.day(), lang);
    }

    /** All documents of the session: overall, then per document. */
    public ImplementationView ofSession(UUID sessionId, AsOf at, Lang lang) {
        String subject;
        List<Part> parts;
        if (at.recorded() == null) {
            Session session = sessions.get(sessionId);
            subject = session.body + " " + session.startDate + (session.city == null ? "" : " " + session.city);
            parts = documentRows.ofSession(sessionId).stream().map(d -> new Part(d.id, d.reference)).toList();
        } else {
            ObjectNode session = recordedState(ResourceType.SESSION, sessionId, at);
            subject = session.get("body").asText() + " " + session.get("startDate").asText()
                    + (session.path("city").isTextual() ? " " + session.get("city").asText() : "");
            parts = records.ownedAt(ResourceType.DOCUMENT, sessionId.toString(), at.recorded()).stream()
                    .map(entry -> new Part(UUID.fromString(entry.resourceId), recorded.parse(entry, lang).get("reference").asText()))
                    .sorted(Comparator.comparing(Part::reference)).toList();
        }
        List<UUID> ids = parts.stream().map(Part::id).toList();
        List<Measure> all = !at.historical(time.today()) ? ids.isEmpty() ? List.of() : measures.ofDocuments(ids)
                : onADay.of(ids, at);
        return ofSession(subject, parts, all, at.day(), lang);
    }

    private ImplementationView ofDocument(String reference, List<Measure> all, LocalDate day, Lang lang) {
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(all);
        List<ImplementationView> parts = new ArrayList<>();
        for (Measure top : tree.roots()) {
            parts.add(ImplementationSummary.of(top.reference, List.of(top), tree.subtree(top), day, lang, List.of()));
        }
        return ImplementationSummary.of(reference, tree.roots(), all, day, lang, parts);
    }

    private static ImplementationView ofSession(String subject, List<Part> documents, List<Measure> all, LocalDate day, Lang lang) {
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(all);
        Map<UUID, List<Measure>> byDocument = new HashMap<>();
        for (Measure m : all) {
            byDocument.computeIfAbsent(m.document.id, k -> new ArrayList<>()).add(m);
        }
        List<ImplementationView> parts = new ArrayList<>();
        for (Part d : documents) {
            List<Measure> ofDocument = byDocument.getOrDefault(d.id(), List.of());
            if (!ofDocument.isEmpty()) {
                List<Measure> roots = tree.roots().stream().filter(r -> r.document.id.equals(d.id())).toList();
                parts.add(ImplementationSummary.of(d.reference(), roots, ofDocument, day, lang, List.of()));
            }
        }
        return ImplementationSummary.of(subject, tree.roots(), all, day, lang, parts);
    }

    private ObjectNode recordedState(ResourceType type, UUID id, AsOf at) {
        return recorded.at(ResourceKey.of(type, id), at.recorded(), Lang.RU).orElseThrow(
                () -> ProblemException.notFound(type.code(), id + " as recorded at " + at.recorded()));
    }
}
