package org.csto.dectrack.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.implementation.DocumentReach.Link;
import org.csto.dectrack.implementation.DocumentReach.Reached;
import org.junit.jupiter.api.Test;

/** Which documents a roll-up follows, without a database. */
class DocumentReachTest {
    private final Map<String, UUID> ids = new LinkedHashMap<>();

    private UUID id(String reference) {
        return ids.computeIfAbsent(reference, r -> UUID.nameUUIDFromBytes(r.getBytes()));
    }

    private Link approves(String from, String to) {
        return new Link(id(from), id(to), to, "APPROVES");
    }

    private Link implementedBy(String from, String to) {
        return new Link(id(from), id(to), to, "IMPLEMENTED_BY");
    }

    private DocumentReach reach(Link... links) {
        Map<UUID, String> references = new LinkedHashMap<>();
        ids.forEach((reference, id) -> references.put(id, reference));
        return DocumentReach.of(references, List.of(links));
    }

    private static List<String> describe(List<Reached> reached) {
        Map<UUID, String> references = new LinkedHashMap<>();
        reached.forEach(r -> references.put(r.id(), r.reference()));
        return reached.stream().map(r -> r.reference() + (r.via() == null ? "" : " " + r.relation() + " by " + references.get(r.via())))
                .toList();
    }

    @Test
    void followsApprovalsDownAndImplementationsInEachDocumentOnceCuttingCycles() {
        // the decision approves the programme, which approves its annex, which (wrongly) approves the decision again;
        // a plan implements the decision and also the programme
        DocumentReach reach = reach(approves("DEC", "PROG"), approves("PROG", "ANNEX"), approves("ANNEX", "DEC"),
                implementedBy("DEC", "PLAN"), implementedBy("PROG", "PLAN"));

        assertEquals(List.of("DEC", "PROG APPROVES by DEC", "PLAN IMPLEMENTED_BY by DEC", "ANNEX APPROVES by PROG"),
                describe(reach.from(id("DEC"))));
        assertEquals(List.of("PROG", "ANNEX APPROVES by PROG", "PLAN IMPLEMENTED_BY by PROG", "DEC APPROVES by ANNEX"),
                describe(reach.from(id("PROG"))));
        assertEquals(List.of("PLAN"), describe(reach.from(id("PLAN"))), "a plan does not feed on what it implements");
    }

    @Test
    void loadsOneLevelAtATimeAndNeverTheSameDocumentTwice() {
        List<Link> known = List.of(approves("DEC", "PROG"), implementedBy("DEC", "PLAN"), approves("PROG", "ANNEX"),
                approves("ANNEX", "DEC"), implementedBy("PROG", "PLAN"));
        List<Set<String>> loads = new ArrayList<>();
        Map<UUID, String> references = new LinkedHashMap<>();
        ids.forEach((reference, id) -> references.put(id, reference));
        DocumentReach.walk(Map.of(id("DEC"), "DEC"), frontier -> {
            loads.add(frontier.stream().map(references::get).collect(java.util.stream.Collectors.toSet()));
            return known.stream().filter(link -> frontier.contains(link.from())).toList();
        });
        assertEquals(List.of(Set.of("DEC"), Set.of("PROG", "PLAN"), Set.of("ANNEX")), loads);
    }

    @Test
    void aSessionWeighsTheDocumentsNoOtherOfItsDocumentsReaches() {
        // X1 approves X3 (same session); a plan implements X1 and X2; Y1 and Y2 approve each other
        DocumentReach reach = reach(approves("X1", "X3"), implementedBy("X1", "PLAN"), implementedBy("X2", "PLAN"),
                approves("Y1", "Y2"), approves("Y2", "Y1"));
        List<UUID> session = List.of(id("X1"), id("X2"), id("X3"), id("Y1"), id("Y2"));

        List<UUID> tops = reach.tops(session);

        assertEquals(List.of(id("X1"), id("X2"), id("Y1")), tops, "X3 counts inside X1; of a cycle, the first");
        assertEquals(List.of("X1", "X3 APPROVES by X1", "PLAN IMPLEMENTED_BY by X1", "X2", "Y1", "Y2 APPROVES by Y1"),
                describe(reach.fromAll(tops)), "the plan once, though both X1 and X2 reach it");
    }
}
