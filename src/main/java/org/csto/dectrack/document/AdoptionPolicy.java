package org.csto.dectrack.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemText;
import org.csto.dectrack.shared.problem.ProblemType;

/** The rules of adoption, free of persistence: the moves allowed, the adoption date, consensus, the chair's signature. */
public final class AdoptionPolicy {
    private AdoptionPolicy() {
    }

    /** 409 listing the allowed targets when {@code from} cannot become {@code to}. */
    public static void requireTransition(AdoptionStatus from, AdoptionStatus to) {
        if (!from.canBecome(to)) {
            throw ProblemException.invalidTransition("document.transition", names(from), from, to);
        }
    }

    /** The adoption status changes only through a transition, never by replacing the document. */
    public static void requireUnchanged(AdoptionStatus current, AdoptionStatus requested, String transitionsPath) {
        if (requested != null && requested != current) {
            throw ProblemException.invalidTransition("document.throughTransitions", names(current), transitionsPath);
        }
    }

    /** An adopted document has an adoption date, and it is not in the future. */
    public static void requireAdoptionDate(AdoptionStatus status, LocalDate adoptedOn, LocalDate today) {
        if (status == AdoptionStatus.ADOPTED && adoptedOn == null) {
            throw ProblemException.invalidField("adoptedOn", "document.adoptedOnRequired");
        }
        if (adoptedOn != null && adoptedOn.isAfter(today)) {
            throw ProblemException.invalidField("adoptedOn", "future");
        }
    }

    /**
     * The date a document is adopted on: the one sent with the transition, else the one already recorded, else the start
     * of its session. 409 when there is none.
     */
    public static LocalDate adoptionDate(LocalDate requested, LocalDate recorded, LocalDate sessionStart, LocalDate today) {
        LocalDate date = requested != null ? requested : recorded != null ? recorded : sessionStart;
        if (date == null) {
            throw ProblemException.conflict("document.adoptionDate");
        }
        requireAdoptionDate(AdoptionStatus.ADOPTED, date, today);
        return date;
    }

    /** Decisions are taken by consensus: 409 naming the states that objected. */
    public static void requireConsensus(List<Position> positions) {
        List<String> objecting = positions.stream().filter(p -> p.position == PositionKind.OBJECTED).map(p -> p.state).sorted().toList();
        if (!objecting.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, new ProblemText("document.consensus", String.join(", ", objecting)),
                    List.of(), List.of(), Map.of("objectedBy", objecting));
        }
    }

    /**
     * Whether adopting must record the chair's signature: a PROTOCOL_DECISION is signed by the chair alone, so its
     * signature is recorded when missing; 409 when the document has no chair to sign.
     */
    public static boolean needsChairSignature(DocumentType type, String chair, List<Position> positions) {
        if (type != DocumentType.PROTOCOL_DECISION) {
            return false;
        }
        if (chair == null) {
            throw ProblemException.conflict("document.chairFirst");
        }
        return positions.stream().noneMatch(p -> p.state.equals(chair) && p.position == PositionKind.SIGNED);
    }

    private static List<String> names(AdoptionStatus from) {
        return from.allowedTargets().stream().map(Enum::name).toList();
    }
}
