package org.csto.dectrack.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.implementation.MeasureInputs.MeasureInput;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Measures: creation under a document or a parent, their schedule, and the roll-up of parents. */
@ApplicationScoped
public class MeasureService {
    @Inject MeasureRepository measures;
    @Inject ReportRepository reports;
    @Inject ReferenceData referenceData;
    @Inject TimeSource time;
    @Inject EntityManager em;
    @Inject MergePatch patches;

    public Measure get(UUID id) {
        return ProblemException.requireFound(id == null ? null : measures.findById(id), "Measure",
                ResourceKey.of(ResourceType.MEASURE, id));
    }

    Measure locked(UUID id) {
        return measures.locked(id).orElseThrow(() -> ProblemException.notFound("Measure", ResourceKey.of(ResourceType.MEASURE, id)));
    }

    public List<Measure> children(UUID id) {
        get(id);
        return measures.children(id);
    }

    @Transactional
    public Measure create(@NotNull @Valid MeasureInput input) {
        if (input.document() == null && input.parent() == null) {
            throw ProblemException.invalidField("document", "notNull");
        }
        Measure parent = null;
        Document document;
        if (input.parent() != null) {
            parent = measures.locked(input.parent())
                    .orElseThrow(() -> ProblemException.invalidField("parent", "measure.unknown", input.parent()));
            document = parent.document;
            if (input.document() != null && !input.document().equals(document.id)) {
                throw ProblemException.invalidField("document", "measure.parentDocument", document.reference);
            }
            if (parent.depth >= Measure.MAX_DEPTH) {
                throw ProblemException.invalidField("parent", "measure.depth", Measure.MAX_DEPTH);
            }
            if (parent.status == MeasureStatus.CANCELLED) {
                throw ProblemException.conflict("measure.parentCancelled", parent.reference);
            }
        } else {
            document = em.find(Document.class, input.document(), LockModeType.PESSIMISTIC_WRITE);
            if (document == null) {
                throw ProblemException.invalidField("document", "document.unknown", input.document());
            }
        }
        if (input.status() != null && input.status() != MeasureStatus.PLANNED
                || input.progress() != null && input.progress() != 0) {
            throw ProblemException.conflict("measure.newStatus");
        }
        Measure measure = new Measure();
        measure.id = Ids.newId();
        measure.document = document;
        measure.parentId = parent == null ? null : parent.id;
        measure.depth = parent == null ? 1 : parent.depth + 1;
        measure.seq = measures.nextSeq(document.id, measure.parentId);
        measure.reference = parent == null ? document.reference + "/M" + measure.seq : parent.reference + "." + measure.seq;
        apply(measure, input, time.today());
        measures.persist(measure);
        if (parent != null) {
            parent.childCount++;
            measures.flush();
            rollUpFrom(parent);
        }
        measures.flush();
        return measure;
    }

    @Transactional
    public Measure replace(UUID id, String ifMatch, @NotNull @Valid MeasureInput input) {
        Measure measure = locked(id);
        Etags.require(ifMatch, measure.version);
        if (input.document() != null && !input.document().equals(measure.document.id)
                || input.parent() != null && !input.parent().equals(measure.parentId)) {
            throw ProblemException.conflict("measure.fixed");
        }
        if (input.status() != null && input.status() != measure.status
                || input.progress() != null && Math.abs(input.progress() - measure.progress) > 0.005) {
            throw ProblemException.conflict("measure.throughReports", id);
        }
        int oldWeight = measure.weight;
        apply(measure, input, time.dayOf(measure.createdAt));
        measures.flush();
        if (oldWeight != measure.weight && measure.parentId != null) {
            rollUpFrom(locked(measure.parentId));
            measures.flush();
        }
        return measure;
    }

    /** A JSON merge patch of the measure ({@link MergePatch}), then the rules of {@link #replace}. */
    @Transactional
    public Measure patch(UUID id, String ifMatch, JsonNode patch) {
        Measure measure = locked(id);
        Etags.require(ifMatch, measure.version);
        return replace(id, ifMatch, patches.apply(MeasureInput.of(measure), patch, MeasureInput.class));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Measure measure = locked(id);
        Etags.require(ifMatch, measure.version);
        if (measure.isParent()) {
            throw ProblemException.conflict("measure.hasChildren", measure.reference, measure.childCount);
        }
        if (reports.countOf(id) > 0) {
            throw ProblemException.conflict("measure.hasReports", measure.reference);
        }
        UUID parentId = measure.parentId;
        measures.delete(measure);
        measures.flush();
        if (parentId != null) {
            Measure parent = locked(parentId);
            parent.childCount--;
            if (parent.childCount == 0) {
                parent.status = MeasureStatus.PLANNED;
                parent.progress = 0;
            }
            measures.flush();
            rollUpFrom(parent);
            measures.flush();
        }
    }

    /** Recomputes progress and status of {@code parent} and every ancestor above it, each row-locked in turn. */
    void rollUpFrom(Measure parent) {
        Measure current = parent;
        while (current != null) {
            if (current.childCount > 0) {
                List<RollUp.Child> children = measures.children(current.id).stream()
                        .map(c -> new RollUp.Child(c.status, c.progress, c.weight)).toList();
                RollUp.Result result = RollUp.of(children);
                current.status = result.status();
                current.progress = result.progress();
            }
            current = current.parentId == null ? null : locked(current.parentId);
        }
    }

    private void apply(Measure measure, MeasureInput input, LocalDate createdOn) {
        Texts.requireRussian("titles", input.titles());
        if (input.startDate() != null && input.dueDate() != null && input.dueDate().isBefore(input.startDate())) {
            throw ProblemException.invalidField("dueDate", "notBefore", "startDate");
        }
        measure.lead = referenceData.requireParty("lead", input.lead());
        List<String> contributors = input.contributors() == null ? List.of() : input.contributors();
        for (int i = 0; i < contributors.size(); i++) {
            referenceData.requireParty("contributors[" + i + "]", contributors.get(i));
        }
        measure.titles = LocalizedText.of(input.titles());
        measure.description = Strings.blankToNull(input.description());
        measure.contributors.clear();
        measure.contributors.addAll(contributors);
        measure.contributors.remove(measure.lead);
        measure.setSchedule(input.startDate(), input.dueDate(), createdOn);
        measure.weight = input.weight() == null ? 1 : input.weight();
        measure.notes = Strings.blankToNull(input.notes());
    }
}
