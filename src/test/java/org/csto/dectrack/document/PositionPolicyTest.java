package org.csto.dectrack.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.document.DocumentInputs.RatificationInput;
import org.csto.dectrack.shared.problem.Problem;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The position and ratification checks, without a database. */
class PositionPolicyTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-01-15");
    private static final LocalDate ADOPTED_ON = LocalDate.parse("2024-11-28");

    private static Document document(DocumentType type, AdoptionStatus status) {
        Document document = new Document();
        document.reference = "CSC-2024-02";
        document.type = type;
        document.adoptionStatus = status;
        document.adoptedOn = status == AdoptionStatus.ADOPTED ? ADOPTED_ON : null;
        return document;
    }

    private static Problem refused(Runnable check) {
        return assertThrows(ProblemException.class, check::run).toProblem("/x");
    }

    @Test
    void noFuturePositionsAndNoObjectionToAnAdoptedDocument() {
        Document adopted = document(DocumentType.DECISION, AdoptionStatus.ADOPTED);
        Problem future = refused(() -> PositionPolicy.check(adopted, "KZ", new PositionInput(PositionKind.SIGNED, TODAY.plusDays(1), null), null, TODAY));
        assertEquals("date", future.violations().get(0).field());
        Problem objection = refused(() -> PositionPolicy.check(adopted, "KZ", new PositionInput(PositionKind.OBJECTED, null, null), null, TODAY));
        assertEquals(ProblemType.CONFLICT.uri, objection.type());
        PositionPolicy.check(document(DocumentType.DECISION, AdoptionStatus.DRAFT), "KZ",
                new PositionInput(PositionKind.OBJECTED, null, null), null, TODAY);
    }

    @Test
    void joiningLaterIsAfterTheAdoption() {
        Document adopted = document(DocumentType.AGREEMENT, AdoptionStatus.ADOPTED);
        Problem sameDay = refused(() -> PositionPolicy.check(adopted, "AM", new PositionInput(PositionKind.JOINED_LATER, ADOPTED_ON, null), null, TODAY));
        assertEquals("date", sameDay.violations().get(0).field());
        PositionPolicy.check(adopted, "AM", new PositionInput(PositionKind.JOINED_LATER, ADOPTED_ON.plusDays(1), null), null, TODAY);
    }

    @Test
    void onlyTheChairSignsAProtocolDecision() {
        Document protocol = document(DocumentType.PROTOCOL_DECISION, AdoptionStatus.DRAFT);
        PositionPolicy.check(protocol, "KG", new PositionInput(PositionKind.SIGNED, null, null), "KG", TODAY);
        PositionPolicy.check(protocol, "RU", new PositionInput(PositionKind.REFRAINED_NO_OBJECTION, null, null), "KG", TODAY);
        Problem other = refused(() -> PositionPolicy.check(protocol, "RU", new PositionInput(PositionKind.SIGNED, null, null), "KG", TODAY));
        assertEquals("A PROTOCOL_DECISION is signed by the chair alone (KG)", other.detail());
    }

    @Test
    void signatureRatificationAndNotificationComeInOrder() {
        PositionPolicy.checkOrder(new RatificationInput(ADOPTED_ON, null, ADOPTED_ON.plusDays(40)));
        Problem early = refused(() -> PositionPolicy.checkOrder(new RatificationInput(ADOPTED_ON, ADOPTED_ON, null)));
        assertEquals("ratifiedOn", early.violations().get(0).field());
        Problem notified = refused(() -> PositionPolicy.checkOrder(
                new RatificationInput(null, ADOPTED_ON.plusDays(10), ADOPTED_ON.plusDays(5))));
        assertEquals("notifiedOn", notified.violations().get(0).field());
        Document notNeeded = document(DocumentType.DECISION, AdoptionStatus.ADOPTED);
        assertEquals(ProblemType.CONFLICT.uri, refused(() -> PositionPolicy.requireRatificationNeeded(notNeeded)).type());
    }
}
