package org.csto.dectrack.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.problem.Problem;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The adoption rules, without a database. */
class AdoptionPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-01-15");
    private static final UUID DOCUMENT = UUID.fromString("0190c3a2-7d1e-7c4b-9a53-2f1e8c6b9d01");

    private static Position position(String state, PositionKind kind) {
        Position position = Position.of(DOCUMENT, state);
        position.position = kind;
        return position;
    }

    @Test
    void onlyAllowedMovesWithTheAllowedTargetsNamed() {
        AdoptionPolicy.requireTransition(AdoptionStatus.DRAFT, AdoptionStatus.ADOPTED);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> AdoptionPolicy.requireTransition(AdoptionStatus.RETURNED_FOR_REVISION, AdoptionStatus.ADOPTED));
        Problem problem = refused.toProblem("/x");
        assertEquals(ProblemType.INVALID_TRANSITION, refused.type());
        assertEquals(List.of("DRAFT"), problem.allowed());
        assertThrows(ProblemException.class, () -> AdoptionPolicy.requireUnchanged(AdoptionStatus.DRAFT, AdoptionStatus.ADOPTED, "/t"));
        AdoptionPolicy.requireUnchanged(AdoptionStatus.DRAFT, null, "/t");
        AdoptionPolicy.requireUnchanged(AdoptionStatus.DRAFT, AdoptionStatus.DRAFT, "/t");
    }

    @Test
    void theAdoptionDateIsTheOneSentThenTheOneRecordedThenTheSessions() {
        LocalDate sent = LocalDate.parse("2024-11-28");
        LocalDate recorded = LocalDate.parse("2024-11-27");
        LocalDate session = LocalDate.parse("2024-11-26");
        assertEquals(sent, AdoptionPolicy.adoptionDate(sent, recorded, session, TODAY));
        assertEquals(recorded, AdoptionPolicy.adoptionDate(null, recorded, session, TODAY));
        assertEquals(session, AdoptionPolicy.adoptionDate(null, null, session, TODAY));
        assertEquals(ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> AdoptionPolicy.adoptionDate(null, null, null, TODAY)).type());
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> AdoptionPolicy.adoptionDate(TODAY.plusDays(1), null, null, TODAY)).type());
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> AdoptionPolicy.requireAdoptionDate(AdoptionStatus.ADOPTED, null, TODAY)).type());
        AdoptionPolicy.requireAdoptionDate(AdoptionStatus.DRAFT, null, TODAY);
    }

    @Test
    void anObjectionBlocksConsensusAndIsNamed() {
        AdoptionPolicy.requireConsensus(List.of(position("KZ", PositionKind.SIGNED), position("AM", PositionKind.REFRAINED_NO_OBJECTION)));
        ProblemException blocked = assertThrows(ProblemException.class, () -> AdoptionPolicy.requireConsensus(
                List.of(position("RU", PositionKind.OBJECTED), position("BY", PositionKind.OBJECTED))));
        assertEquals(ProblemType.CONFLICT, blocked.type());
        assertEquals(List.of("BY", "RU"), blocked.toProblem("/x").details().get("objectedBy"));
    }

    @Test
    void aProtocolDecisionNeedsTheChairsSignatureOnly() {
        assertFalse(AdoptionPolicy.needsChairSignature(DocumentType.DECISION, null, List.of()));
        assertTrue(AdoptionPolicy.needsChairSignature(DocumentType.PROTOCOL_DECISION, "KG", List.of()));
        assertFalse(AdoptionPolicy.needsChairSignature(DocumentType.PROTOCOL_DECISION, "KG",
                List.of(position("KG", PositionKind.SIGNED))));
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> AdoptionPolicy.needsChairSignature(DocumentType.PROTOCOL_DECISION, null, List.of())).type());
    }
}
