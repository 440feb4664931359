package org.csto.dectrack.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.implementation.MeasureViews.MeasureInput;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Measures: creation under a document or a parent, their schedule, and the roll-up of parents. */
@ApplicationScoped
public class MeasureService {
    public static final Map<String, String> SORT_KEYS = sortKeys();

    private final MeasureRepository measures;
    private final ReportRepository reports;
    private final ReferenceData referenceData;
    private final TimeSource time;
    private final EntityManager em;

    public MeasureService(MeasureRepository measures, ReportRepository reports, ReferenceData referenceData, TimeSource time,
                          EntityManager em) {
        this.measures = measures;
        this.reports = reports;
        this.referenceData = referenceData;
        this.time = time;
        this.em = em;
    }

    private static Map<String, String> sortKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("dueDate", "m.dueDate");
        keys.put("progress", "m.progress");
        keys.put("reference", "m.reference");
        return keys;
    }

    public record MeasureQuery(UUID document, UUID session, String lead, String contributor, List<MeasureStatus> statuses,
                               Boolean overdue, Boolean atRisk, LocalDate dueBefore, LocalDate dueAfter, String q) {
    }

    /** Count and page, then contributors and documents of the whole page in one statement each. */
    public PageView<Measure> list(MeasureQuery query, PageRequest page) {
        LocalDate today = time.today();
        WhereClause filter = new WhereClause()
                .and("m.document.id = :document", "document", query.document())
                .and("m.document.sessionId = :session", "session", query.session())
                .and("m.lead = :lead", "lead", query.lead())
                .and(":contributor member of m.contributors", "contributor", query.contributor())
                .and("m.status in :statuses", "statuses", query.statuses() == null || query.statuses().isEmpty() ? null : query.statuses())
                .and("m.dueDate <= :dueBefore", "dueBefore", query.dueBefore())
                .and("m.dueDate >= :dueAfter", "dueAfter", query.dueAfter());
        if (query.q() != null) {
            filter.and("(lower(m.reference) like :q escape '!' or lower(m.titles.ru) like :q escape '!'"
                            + " or lower(m.titles.en) like :q escape '!')")
                    .bind("q", Strings.containsPattern(query.q().toLowerCase(java.util.Locale.ROOT)));
        }
        String overdue = "(m.dueDate < :today and m.status in :open)";
        // Same rule as Lateness.of: due within the window and progress behind the share of time elapsed.
        String atRisk = "(m.status in :open and m.dueDay >= :todayDay and m.dueDay <= :windowEnd and "
                + "((m.dueDay - m.startDay <= 0 and m.progress < 100) or "
                + "(m.dueDay - m.startDay > 0 and m.progress * (m.dueDay - m.startDay) < 100.0 * (:todayDay - m.startDay))))";
        if (query.overdue() != null) {
            filter.and(query.overdue() ? overdue : "not " + overdue).bind("today", today).bind("open", MeasureStatus.OPEN);
        }
        if (query.atRisk() != null) {
            filter.and(query.atRisk() ? atRisk : "(m.dueDay is null or not " + atRisk + ")")
                    .bind("open", MeasureStatus.OPEN)
                    .bind("todayDay", (int) today.toEpochDay())
                    .bind("windowEnd", (int) today.toEpochDay() + Lateness.RISK_WINDOW_DAYS);
        }
        return filter.page(em, Measure.class, "Measure m", "m", page);
    }

    public Measure get(UUID id) {
        Measure measure = id == null ? null : measures.findById(id);
        if (measure == null) {
            throw ProblemException.notFound("Measure", id);
        }
        return measure;
    }

    Measure locked(UUID id) {
        return measures.locked(id).orElseThrow(() -> ProblemException.notFound("Measure", id));
    }

    public List<Measure> children(UUID id) {
        get(id);
        return measures.children(id);
    }

    @Transactional
    public Measure create(@NotNull @Valid MeasureInput input) {
        if (input.document() == null && input.parent() == null) {
            throw ProblemException.invalidField("document", "must not be null");
        }
        Measure parent = null;
        Document document;
        if (input.parent() != null) {
            parent = measures.locked(input.parent())
                    .orElseThrow(() -> ProblemException.invalidField("parent", "unknown measure " + input.parent()));
            document = parent.document;
            if (input.document() != null && !input.document().equals(document.id)) {
                throw ProblemException.invalidField("document", "must be the parent's document (" + document.reference + ")");
            }
            if (parent.depth >= Measure.MAX_DEPTH) {
                throw ProblemException.invalidField("parent", "measures nest at most " + Measure.MAX_DEPTH + " levels deep");
            }
            if (parent.status == MeasureStatus.CANCELLED) {
                throw ProblemException.conflict("Measure " + parent.reference + " is cancelled; it takes no new tasks");
            }
        } else {
            document = em.find(Document.class, input.document(), LockModeType.PESSIMISTIC_WRITE);
            if (document == null) {
                throw ProblemException.invalidField("document", "unknown document " + input.document());
            }
        }
        if (input.status() != null && input.status() != MeasureStatus.PLANNED
                || input.progress() != null && input.progress() != 0) {
            throw ProblemException.conflict("A new measure starts PLANNED at 0%; progress and status change through reports");
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
            throw ProblemException.conflict("A measure's document and parent are fixed at creation");
        }
        if (input.status() != null && input.status() != measure.status
                || input.progress() != null && Math.abs(input.progress() - measure.progress) > 0.005) {
            throw ProblemException.conflict("Status and progress change only through progress reports "
                    + "(POST /api/v1/measures/" + id + "/reports)");
        }
        int oldWeight = measure.weight;
        apply(measure, input, measure.createdAt.atZone(ZoneOffset.UTC).toLocalDate());
        measures.flush();
        if (oldWeight != measure.weight && measure.parentId != null) {
            rollUpFrom(locked(measure.parentId));
            measures.flush();
        }
        return measure;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Measure measure = locked(id);
        Etags.require(ifMatch, measure.version);
        if (measure.isParent()) {
            throw ProblemException.conflict("Measure " + measure.reference + " has " + measure.childCount
                    + " sub-measure(s); delete them first");
        }
        if (reports.countOf(id) > 0) {
            throw ProblemException.conflict("Measure " + measure.reference + " has progress reports, which are kept for the "
                    + "record; cancel it through a report instead");
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
            throw ProblemException.invalidField("dueDate", "must not be before startDate");
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
