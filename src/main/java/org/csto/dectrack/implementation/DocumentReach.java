package org.csto.dectrack.implementation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which documents a roll-up follows, free of persistence. Implementation flows along two relations: a document that
 * APPROVES another (a decision approving a programme) is carried out by that document's measures too, and so is a
 * document IMPLEMENTED_BY another (a plan implementing a decision feeds the decision's figures). A document's roll-up
 * covers the documents reached from it along these links, transitively (the programme a decision approves, the annex
 * that programme approves, the plan implementing either); each document is reached once, by the first path found
 * level by level (then by relation and reference), and a cycle is cut where it closes, so the covered documents are a
 * set and each measure is counted once. A session's roll-up weighs its {@link #tops top documents}: those of its
 * documents that no other of its documents reaches count inside the ones that reach them, not again beside them.
 *
 * <p>The links are loaded one level at a time for every new document of the level ({@link #walk}): as many loads as
 * the longest path is long, whatever the number of documents.
 */
final class DocumentReach {
    /** A link along which implementation flows, seen from {@code from}: APPROVES or IMPLEMENTED_BY {@code to}. */
    record Link(UUID from, UUID to, String reference, String relation) {
    }

    /** A covered document: how it was reached from {@code via} (both null where the walk started). */
    record Reached(UUID id, String reference, String relation, UUID via) {
    }

    private static final Comparator<Link> ORDER = Comparator.comparing(Link::relation).thenComparing(Link::reference);

    private final Map<UUID, String> references = new HashMap<>();
    private final Map<UUID, List<Link>> links = new HashMap<>();

    private DocumentReach() {
    }

    /**
     * Follows the links from {@code starts} (id to reference), loading each level's links in one call of {@code load}
     * with the level's documents not loaded before.
     */
    static DocumentReach walk(Map<UUID, String> starts, Function<Set<UUID>, List<Link>> load) {
        DocumentReach reach = new DocumentReach();
        reach.references.putAll(starts);
        Set<UUID> frontier = new LinkedHashSet<>(starts.keySet());
        while (!frontier.isEmpty()) {
            for (UUID id : frontier) {
                reach.links.put(id, new ArrayList<>());
            }
            Set<UUID> next = new LinkedHashSet<>();
            for (Link link : load.apply(frontier)) {
                if (!link.from().equals(link.to())) {
                    reach.links.get(link.from()).add(link);
                    reach.references.putIfAbsent(link.to(), link.reference());
                    if (!reach.links.containsKey(link.to())) {
                        next.add(link.to());
                    }
                }
            }
            frontier = next;
        }
        reach.links.values().forEach(list -> list.sort(ORDER));
        return reach;
    }

    /** A reach over known links, for tests. */
    static DocumentReach of(Map<UUID, String> references, Collection<Link> known) {
        return walk(Map.copyOf(references), frontier -> known.stream().filter(link -> frontier.contains(link.from())).toList());
    }

    /** {@code start} and every document reached from it, each once, breadth first: {@code start} first. */
    List<Reached> from(UUID start) {
        Map<UUID, Reached> reached = new LinkedHashMap<>();
        reached.put(start, new Reached(start, references.get(start), null, null));
        List<UUID> level = List.of(start);
        while (!level.isEmpty()) {
            List<UUID> next = new ArrayList<>();
            for (UUID id : level) {
                for (Link link : links.getOrDefault(id, List.of())) {
                    if (!reached.containsKey(link.to())) {
                        reached.put(link.to(), new Reached(link.to(), link.reference(), link.relation(), id));
                        next.add(link.to());
                    }
                }
            }
            level = next;
        }
        return List.copyOf(reached.values());
    }

    /** Every document reached from any of {@code starts}, each once, in the order of the starts. */
    List<Reached> fromAll(List<UUID> starts) {
        Map<UUID, Reached> all = new LinkedHashMap<>();
        for (UUID start : starts) {
            for (Reached r : from(start)) {
                all.putIfAbsent(r.id(), r);
            }
        }
        return List.copyOf(all.values());
    }

    /**
     * The documents of a session that its roll-up weighs, in the given order: those no other of {@code documents}
     * reaches; where documents reach each other in a cycle, the first of them, and what it reaches counts inside it.
     */
    List<UUID> tops(List<UUID> documents) {
        Set<UUID> ofSession = new HashSet<>(documents);
        Map<UUID, Set<UUID>> reachedBy = new HashMap<>();
        for (UUID d : documents) {
            Set<UUID> others = new HashSet<>();
            from(d).stream().map(Reached::id).filter(id -> !id.equals(d) && ofSession.contains(id)).forEach(others::add);
            reachedBy.put(d, others);
        }
        Set<UUID> covered = new HashSet<>();
        List<UUID> tops = new ArrayList<>();
        for (UUID d : documents) {
            boolean reachedByAnother = documents.stream().anyMatch(o -> !o.equals(d) && reachedBy.get(o).contains(d));
            if (!reachedByAnother) {
                tops.add(d);
                covered.add(d);
                covered.addAll(reachedBy.get(d));
            }
        }
        for (UUID d : documents) {
            if (!covered.contains(d)) {
                tops.add(d);
                covered.add(d);
                covered.addAll(reachedBy.get(d));
            }
        }
        tops.sort(Comparator.comparingInt(documents::indexOf));
        return tops;
    }
}
