package org.csto.dectrack.implementation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.document.DocumentRepository;
import org.csto.dectrack.document.DocumentService;
import org.csto.dectrack.implementation.DocumentReach.Reached;
import org.csto.dectrack.implementation.MeasureViews.CoveredDocument;
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
 * Roll-ups of implementation for a document and for a session: follows the documents they cover
 * ({@link DocumentReach}, one statement per level of links), loads their measures once, computes in memory. As of
 * another day, or as recorded at an instant, the measures are those of {@link MeasuresOnADay}; as recorded, the links
 * too are those of the documents' recorded states.
 */
@ApplicationScoped
public class ImplementationService {
    @Inject DocumentService documents;
    @Inject SessionService sessions;
    @Inject MeasureRepository measures;
    @Inject DocumentRepository documentRows;
    @Inject MeasuresOnADay onADay;
    @Inject DocumentLinks links;
    @Inject ChangeRecordRepository records;
    @Inject RecordedStates recorded;
    @Inject TimeSource time;

    /** The document's measures and those of the documents it reaches: overall, then per top-level measure. */
    public ImplementationView ofDocument(UUID documentId, AsOf at, Lang lang) {
        String reference = at.recorded() == null ? documents.get(documentId).reference
                : recordedState(ResourceType.DOCUMENT, documentId, at).get("reference").asText();
        List<Reached> covered = links.reach(Map.of(documentId, reference), at).from(documentId);
        List<Measure> all = measuresOf(covered, at);
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(all);
        List<ImplementationView> parts = new ArrayList<>();
        for (Measure top : tree.roots()) {
            parts.add(ImplementationSummary.of(top.reference, List.of(top), tree.subtree(top), at.day(), lang, List.of()));
        }
        return ImplementationSummary.of(reference, tree.roots(), all, at.day(), lang, parts, documentsOf(covered, all, tree));
    }

    /**
     * All documents of the session, each with the documents it reaches: overall (each such document weighing the same,
     * each measure counted once), then per document that no other of the session's documents reaches.
     */
    public ImplementationView ofSession(UUID sessionId, AsOf at, Lang lang) {
        String subject;
        Map<UUID, String> ofSession = new LinkedHashMap<>();
        if (at.recorded() == null) {
            Session session = sessions.get(sessionId);
            subject = session.body + " " + session.startDate + (session.city == null ? "" : " " + session.city);
            documentRows.ofSession(sessionId).forEach(d -> ofSession.put(d.id, d.reference));
        } else {
            ObjectNode session = recordedState(ResourceType.SESSION, sessionId, at);
            subject = session.get("body").asText() + " " + session.get("startDate").asText()
                    + (session.path("city").isTextual() ? " " + session.get("city").asText() : "");
            records.ownedAt(ResourceType.DOCUMENT, sessionId.toString(), at.recorded()).stream()
                    .map(entry -> recorded.parse(entry, lang))
                    .sorted(Comparator.comparing((ObjectNode d) -> d.get("reference").asText()))
                    .forEach(d -> ofSession.put(UUID.fromString(d.get("id").asText()), d.get("reference").asText()));
        }
        DocumentReach reach = links.reach(ofSession, at);
        List<UUID> tops = reach.tops(List.copyOf(ofSession.keySet()));
        List<Reached> covered = reach.fromAll(tops);
        List<Measure> all = measuresOf(covered, at);
        ImplementationSummary.Tree tree = new ImplementationSummary.Tree(all);
        Map<UUID, List<Measure>> byDocument = byDocument(all);
        List<ImplementationView> parts = new ArrayList<>();
        for (UUID top : tops) {
            Set<UUID> inside = new HashSet<>(ids(reach.from(top)));
            List<Measure> measuresInside = inside.stream().flatMap(d -> byDocument.getOrDefault(d, List.of()).stream()).toList();
            if (!measuresInside.isEmpty()) {
                List<Measure> roots = tree.roots().stream().filter(r -> inside.contains(r.document.id)).toList();
                parts.add(ImplementationSummary.of(ofSession.get(top), roots, measuresInside, at.day(), lang, List.of()));
            }
        }
        return ImplementationSummary.ofParts(subject, parts, all, at.day(), lang, documentsOf(covered, all, tree));
    }

    private List<Measure> measuresOf(List<Reached> covered, AsOf at) {
        List<UUID> ids = ids(covered);
        return at.historical(time.today()) ? onADay.of(ids, at) : ids.isEmpty() ? List.of() : measures.ofDocuments(ids);
    }

    /** Each covered document with the figures of its own measures, and the reference of the one it was reached from. */
    private static List<CoveredDocument> documentsOf(List<Reached> covered, List<Measure> all, ImplementationSummary.Tree tree) {
        Map<UUID, String> references = new HashMap<>();
        covered.forEach(r -> references.put(r.id(), r.reference()));
        Map<UUID, List<Measure>> byDocument = byDocument(all);
        Map<UUID, List<Measure>> rootsByDocument = byDocument(tree.roots());
        return covered.stream().map(r -> ImplementationSummary.document(r.id(), r.reference(), r.relation(),
                r.via() == null ? null : references.get(r.via()), rootsByDocument.getOrDefault(r.id(), List.of()),
                byDocument.getOrDefault(r.id(), List.of()).size())).toList();
    }

    private static Map<UUID, List<Measure>> byDocument(List<Measure> measures) {
        Map<UUID, List<Measure>> byDocument = new HashMap<>();
        for (Measure m : measures) {
            byDocument.computeIfAbsent(m.document.id, k -> new ArrayList<>()).add(m);
        }
        return byDocument;
    }

    private static List<UUID> ids(List<Reached> documents) {
        return documents.stream().map(Reached::id).toList();
    }

    private ObjectNode recordedState(ResourceType type, UUID id, AsOf at) {
        return recorded.at(ResourceKey.of(type, id), at.recorded(), Lang.RU).orElseThrow(
                () -> ProblemException.notFoundAsRecorded(type.code(), id, at.recorded()));
    }
}
