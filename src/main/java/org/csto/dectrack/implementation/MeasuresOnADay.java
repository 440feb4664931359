package org.csto.dectrack.implementation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.shared.history.ChangeRecord;
import org.csto.dectrack.shared.history.ChangeRecordRepository;
import org.csto.dectrack.shared.history.RecordedStates;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.TimeSource;

/**
 * The measures of some documents as they stood on a day, as now known or as recorded at an instant: detached copies
 * for roll-ups, never persisted. A leaf's status and progress are those its last report dated on or before the day
 * left (the ones before the first report dated after it); a parent's are rolled up again from its children's.
 */
@ApplicationScoped
public class MeasuresOnADay {
    @Inject MeasureRepository measures;
    @Inject ChangeRecordRepository records;
    @Inject RecordedStates recorded;
    @Inject EntityManager em;
    @Inject TimeSource time;

    /** Measure ids per statement: well within every database's limit of bound parameters. */
    private static final int CHUNK = 1000;

    /** What a report dated after the day undoes: the status and progress before it. */
    private record Before(MeasureStatus status, double progress) {
    }

    public List<Measure> of(Collection<UUID> documents, AsOf at) {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<Measure> copies = new ArrayList<>();
        if (at.recorded() == null) {
            measures.ofDocuments(documents).forEach(m -> copies.add(m.detachedCopy()));
        } else {
            List<String> owners = documents.stream().map(UUID::toString).toList();
            for (ChangeRecord entry : records.ownedAt(ResourceType.MEASURE, owners, at.recorded())) {
                copies.add(fromState(recorded.parse(entry, Lang.RU), UUID.fromString(entry.ownerId)));
            }
        }
        onTheDay(copies, firstLaterReports(copies, at));
        return copies;
    }

    /** Per measure, its first report dated after the day among those filed by the instant: what it undoes. */
    private Map<UUID, Before> firstLaterReports(List<Measure> copies, AsOf at) {
        Map<UUID, Before> firstLater = new HashMap<>();
        List<UUID> ids = copies.stream().filter(m -> !m.isParent()).map(m -> m.id).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : em.createQuery("""
                            select r.measureId, r.previousStatus, r.previousProgress from ProgressReport r
                            where r.measureId in :ids and r.reportedOn > :day and r.createdAt <= :recorded
                            order by r.createdAt""", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).setParameter("day", at.day())
                    .setParameter("recorded", at.recordedOrEver()).getResultList()) {
                firstLater.putIfAbsent((UUID) row[0], new Before((MeasureStatus) row[1], (Double) row[2]));
            }
        }
        return firstLater;
    }

    /** Leaves take the status before their first later report; parents follow their children, deepest first. */
    private static void onTheDay(List<Measure> copies, Map<UUID, Before> firstLater) {
        Map<UUID, List<Measure>> children = new HashMap<>();
        for (Measure m : copies) {
            Before before = firstLater.get(m.id);
            if (!m.isParent() && before != null) {
                m.status = before.status();
                m.progress = before.progress();
            }
            if (m.parentId != null) {
                children.computeIfAbsent(m.parentId, k -> new ArrayList<>()).add(m);
            }
        }
        copies.stream().filter(Measure::isParent).sorted(Comparator.comparingInt((Measure m) -> m.depth).reversed())
                .forEach(parent -> {
                    RollUp.Result result = RollUp.of(children.getOrDefault(parent.id, List.of()).stream()
                            .map(c -> new RollUp.Child(c.status, c.progress, c.weight)).toList());
                    parent.status = result.status();
                    parent.progress = result.progress();
                });
    }

    private Measure fromState(ObjectNode state, UUID documentId) {
        state.remove("lastReport");
        int seq = state.path("seq").asInt();
        state.remove("seq");
        MeasureView view = recorded.as(state, MeasureView.class);
        Document document = new Document();
        document.id = documentId;
        document.reference = view.documentReference();
        Measure m = new Measure();
        m.id = view.id();
        m.reference = view.reference();
        m.document = document;
        m.parentId = view.parent();
        m.depth = view.depth();
        m.seq = seq;
        m.titles = LocalizedText.of(view.titles());
        m.lead = view.lead();
        m.setSchedule(view.startDate(), view.dueDate(), time.dayOf(view.createdAt()));
        m.weight = view.weight();
        m.status = view.status();
        m.progress = view.progress();
        m.childCount = view.children();
        m.lastReportedOn = view.lastReportedOn();
        m.description = view.description();
        m.contributors = new TreeSet<>(view.contributors());
        m.notes = view.notes();
        m.createdAt = view.createdAt();
        m.createdBy = view.createdBy();
        m.updatedAt = view.updatedAt();
        m.updatedBy = view.updatedBy();
        return m;
    }
}
