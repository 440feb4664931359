package org.csto.dectrack.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalForcePolicyTest {
    private static final LocalDate ADOPTED = LocalDate.parse("2024-11-28");

    private static LegalForcePolicy ratifiable(Integer needed, Map<String, LocalDate> notifications) {
        return new LegalForcePolicy(AdoptionStatus.ADOPTED, ADOPTED, null, null, true, needed, notifications, null);
    }

    @Test
    void withoutRatificationInForceFromAdoptionOrValidFromWhenLater() {
        LegalForcePolicy plain = new LegalForcePolicy(AdoptionStatus.ADOPTED, ADOPTED, null, null, false, null, Map.of(), null);
        assertEquals(ADOPTED, plain.entryIntoForce());
        assertEquals(LegalForce.NOT_YET_IN_FORCE, plain.on(ADOPTED.minusDays(1)));
        assertEquals(LegalForce.IN_FORCE, plain.on(ADOPTED));

        LegalForcePolicy programme = new LegalForcePolicy(AdoptionStatus.ADOPTED, ADOPTED, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2029-12-31"), false, null, Map.of(), null);
        assertEquals(LegalForce.NOT_YET_IN_FORCE, programme.on(LocalDate.parse("2024-12-31")));
        assertEquals(LegalForce.IN_FORCE, programme.on(LocalDate.parse("2029-12-31")));
        assertEquals(LegalForce.EXPIRED, programme.on(LocalDate.parse("2030-01-01")));
    }

    @Test
    void entersIntoForceOnTheNthNotification() {
        Map<String, LocalDate> notes = new LinkedHashMap<>();
        notes.put("RU", LocalDate.parse("2025-03-01"));
        notes.put("BY", LocalDate.parse("2025-01-10"));
        notes.put("KZ", LocalDate.parse("2025-02-01"));
        LegalForcePolicy three = ratifiable(4, notes);
        assertNull(three.entryIntoForce());
        assertEquals(LegalForce.NOT_YET_IN_FORCE, three.on(LocalDate.parse("2026-01-01")));

        notes.put("TJ", LocalDate.parse("2025-06-15"));
        LegalForcePolicy four = ratifiable(4, notes);
        assertEquals(LocalDate.parse("2025-06-15"), four.entryIntoForce());
        assertEquals(LegalForce.NOT_YET_IN_FORCE, four.on(LocalDate.parse("2025-06-14")));
        assertEquals(LegalForce.IN_FORCE, four.on(LocalDate.parse("2025-06-15")));

        notes.put("KG", null);
        LegalForcePolicy partial = ratifiable(4, notes);
        assertEquals(LegalForce.PARTIALLY_IN_FORCE, partial.on(LocalDate.parse("2025-07-01")));
        assertNull(partial.entryIntoForceByState().get("KG"));

        notes.put("KG", LocalDate.parse("2025-09-01"));
        LegalForcePolicy late = ratifiable(4, notes);
        assertEquals(LocalDate.parse("2025-09-01"), late.entryIntoForceByState().get("KG"), "a later notifier from its own date");
        assertEquals(LocalDate.parse("2025-06-15"), late.entryIntoForceByState().get("BY"), "an early notifier from entry into force");
        assertEquals(LegalForce.PARTIALLY_IN_FORCE, late.on(LocalDate.parse("2025-08-31")));
        assertEquals(LegalForce.IN_FORCE, late.on(LocalDate.parse("2025-09-01")));
    }

    @Test
    void withoutAStatedNumberEveryRatifyingStateMustNotify() {
        Map<String, LocalDate> notes = new LinkedHashMap<>();
        notes.put("RU", LocalDate.parse("2025-03-01"));
        notes.put("BY", null);
        assertNull(ratifiable(null, notes).entryIntoForce());
        notes.put("BY", LocalDate.parse("2025-04-01"));
        assertEquals(LocalDate.parse("2025-04-01"), ratifiable(null, notes).entryIntoForce());
    }

    @Test
    void draftsAndTerminatedDocuments() {
        LegalForcePolicy draft = new LegalForcePolicy(AdoptionStatus.DRAFT, null, null, null, false, null, Map.of(), null);
        assertEquals(LegalForce.NOT_YET_IN_FORCE, draft.on(ADOPTED));
        LegalForcePolicy superseded = new LegalForcePolicy(AdoptionStatus.ADOPTED, ADOPTED, null, null, false, null, Map.of(), "SUPERSEDED");
        assertEquals(LegalForce.SUPERSEDED, superseded.on(ADOPTED.plusYears(1)));
        LegalForcePolicy repealed = new LegalForcePolicy(AdoptionStatus.ADOPTED, ADOPTED, null, null, false, null, Map.of(), "REPEALED");
        assertEquals(LegalForce.REPEALED, repealed.on(ADOPTED.plusYears(1)));
    }

    @Test
    void adoptionTransitions() {
        assertEquals(List.of(AdoptionStatus.ADOPTED, AdoptionStatus.RETURNED_FOR_REVISION, AdoptionStatus.WITHDRAWN),
                AdoptionStatus.DRAFT.allowedTargets());
        assertTrue(AdoptionStatus.RETURNED_FOR_REVISION.canBecome(AdoptionStatus.DRAFT));
        assertFalse(AdoptionStatus.RETURNED_FOR_REVISION.canBecome(AdoptionStatus.ADOPTED));
        assertTrue(AdoptionStatus.ADOPTED.allowedTargets().isEmpty());
        assertTrue(AdoptionStatus.WITHDRAWN.allowedTargets().isEmpty());
    }

    @Test
    void relationsKnowTheirInverseNames() {
        assertEquals("APPROVED_BY", RelationType.APPROVES.inverse());
        assertEquals("REFERRED_TO_BY", RelationType.REFERS_TO.inverse());
        assertTrue(RelationType.SUPERSEDES.terminates());
        assertFalse(RelationType.AMENDS.terminates());
    }
}
