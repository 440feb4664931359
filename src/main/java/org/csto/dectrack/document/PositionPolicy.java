package org.csto.dectrack.document;

import java.time.LocalDate;
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.document.DocumentInputs.RatificationInput;
import org.csto.dectrack.shared.problem.ProblemException;

/** What a member state's position and ratification record must respect, free of persistence. */
public final class PositionPolicy {
    private PositionPolicy() {
    }

    /**
     * A position is dated no later than today; no objection to an adopted document (consensus would have failed);
     * joining later means after the adoption; only the chair signs a PROTOCOL_DECISION.
     *
     * @param chair the chair of the document's session, needed only for a PROTOCOL_DECISION (null when none)
     */
    public static void check(Document document, String state, PositionInput input, String chair, LocalDate today) {
        if (input.date() != null && input.date().isAfter(today)) {
            throw ProblemException.invalidField("date", "future");
        }
        if (input.position() == PositionKind.OBJECTED && document.adoptionStatus == AdoptionStatus.ADOPTED) {
            throw ProblemException.conflict("position.objection");
        }
        if (input.position() == PositionKind.JOINED_LATER && input.date() != null && document.adoptedOn != null
                && !input.date().isAfter(document.adoptedOn)) {
            throw ProblemException.invalidField("date", "position.joinLater", document.adoptedOn);
        }
        if (document.type == DocumentType.PROTOCOL_DECISION && input.position().isSignature() && !state.equals(chair)) {
            throw chair == null ? ProblemException.conflict("position.chairAlone")
                    : ProblemException.conflict("position.chairAloneNamed", chair);
        }
    }

    /** Only a document that needs ratification has ratification records. */
    public static void requireRatificationNeeded(Document document) {
        if (!document.ratificationRequired) {
            throw ProblemException.conflict("position.noRatification", document.reference);
        }
    }

    /** Signature, ratification and notification follow one another, each later than the one before. */
    public static void checkOrder(RatificationInput input) {
        LocalDate previous = null;
        String previousName = null;
        String[] names = {"signedOn", "ratifiedOn", "notifiedOn"};
        LocalDate[] dates = {input.signedOn(), input.ratifiedOn(), input.notifiedOn()};
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (previous != null && !dates[i].isAfter(previous)) {
                throw ProblemException.invalidField(names[i], "position.later", previousName, previous);
            }
            previous = dates[i];
            previousName = names[i];
        }
    }
}
