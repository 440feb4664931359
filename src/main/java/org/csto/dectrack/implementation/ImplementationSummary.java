package org.csto.dectrack.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.implementation.MeasureViews.CoveredDocument;
import org.csto.dectrack.implementation.MeasureViews.ImplementationView;
import org.csto.dectrack.implementation.MeasureViews.LateMeasure;
import org.csto.dectrack.shared.i18n.Lang;

/**
 * The implementation summary of a set of measures, free of persistence: progress and status rolled up from the
 * top-level measures ({@link RollUp}), counts by status, overdue and at risk on a date ({@link Lateness}), the next
 * deadline and the late measures, soonest due first.
 */
public final class ImplementationSummary {
    private ImplementationSummary() {
    }

    /**
     * @param roots the top-level measures, whose weighted progress is the overall figure
     * @param measures every measure counted, roots included
     * @param parts the same summary per part (a programme's stages, a session's documents)
     */
    static ImplementationView of(String subject, List<Measure> roots, List<Measure> measures, LocalDate today,
                                                Lang lang, List<ImplementationView> parts) {
        return of(subject, roots, measures, today, lang, parts, List.of());
    }

    /** The same, naming the documents whose measures it covers. */
    static ImplementationView of(String subject, List<Measure> roots, List<Measure> measures, LocalDate today,
                                 Lang lang, List<ImplementationView> parts, List<CoveredDocument> documents) {
        return counted(subject, rollUp(roots), !roots.isEmpty(), measures, today, lang, parts, documents);
    }

    /**
     * A session's summary: progress and status rolled up from its parts' (its documents, each with what it reaches),
     * each part weighing the same and parts without measures left out; counts over {@code measures}, each once.
     */
    static ImplementationView ofParts(String subject, List<ImplementationView> parts, List<Measure> measures, LocalDate today,
                                      Lang lang, List<CoveredDocument> documents) {
        List<RollUp.Child> weighed = parts.stream().filter(p -> p.status() != null)
                .map(p -> new RollUp.Child(p.status(), p.progress(), 1)).toList();
        return counted(subject, RollUp.of(weighed), !weighed.isEmpty(), measures, today, lang, parts, documents);
    }

    /** A covered document with the figures of its own measures ({@code roots} its top-level ones). */
    static CoveredDocument document(UUID id, String reference, String relation, String via, List<Measure> roots, int measures) {
        RollUp.Result own = rollUp(roots);
        return new CoveredDocument(id, reference, relation, via, own.progress(), roots.isEmpty() ? null : own.status(), measures);
    }

    private static RollUp.Result rollUp(List<Measure> roots) {
        return RollUp.of(roots.stream().map(m -> new RollUp.Child(m.status, m.progress, m.weight)).toList());
    }

    private static ImplementationView counted(String subject, RollUp.Result overall, boolean hasStatus, List<Measure> measures,
                                              LocalDate today, Lang lang, List<ImplementationView> parts,
                                              List<CoveredDocument> documents) {
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
        return new ImplementationView(subject, overall.progress(), hasStatus ? overall.status() : null, measures.size(),
                byStatus, overdue, atRisk, nextDeadline, late, parts, documents);
    }

    /** Parent-child links among a set of measures. */
    static final class Tree {
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
