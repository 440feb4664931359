package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.document.DocumentViews.PositionInput;
import org.csto.dectrack.document.DocumentViews.RatificationInput;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Member states' positions on documents and their ratification. */
@ApplicationScoped
public class PositionService {
    private final DocumentService documents;
    private final PositionRepository positions;
    private final RatificationRepository ratifications;
    private final ReferenceData referenceData;
    private final TimeSource time;

    public PositionService(DocumentService documents, PositionRepository positions, RatificationRepository ratifications,
                           ReferenceData referenceData, TimeSource time) {
        this.documents = documents;
        this.positions = positions;
        this.ratifications = ratifications;
        this.referenceData = referenceData;
        this.time = time;
    }

    public record Written<T>(T value, boolean created) {
    }

    public Position position(UUID documentId, String state) {
        documents.get(documentId);
        return positions.of(documentId, stateCode(state))
                .orElseThrow(() -> ProblemException.notFound("Position of " + stateCode(state) + " on document", documentId));
    }

    /** Records or replaces a state's position; replacing needs If-Match with the position's ETag. */
    @Transactional
    public Written<Position> putPosition(UUID documentId, String stateParam, String ifMatch, @NotNull @Valid PositionInput input) {
        String state = requireMemberState(stateParam);
        Document document = documents.locked(documentId);
        Position position = positions.of(documentId, state).orElse(null);
        boolean created = position == null;
        if (created) {
            if (ifMatch != null && !ifMatch.trim().equals("*")) {
                throw Etags.stale();
            }
            position = new Position();
            position.id = Ids.newId();
            position.documentId = documentId;
            position.state = state;
        } else {
            Etags.require(ifMatch, position.version);
        }
        check(document, state, input);
        position.position = input.position();
        position.date = input.date();
        position.reservation = Strings.blankToNull(input.reservation());
        if (created) {
            positions.persist(position);
        }
        positions.flush();
        return new Written<>(position, created);
    }

    private void check(Document document, String state, PositionInput input) {
        if (input.date() != null && input.date().isAfter(time.today())) {
            throw ProblemException.invalidField("date", "must not be in the future");
        }
        if (input.position() == PositionKind.OBJECTED && document.adoptionStatus == AdoptionStatus.ADOPTED) {
            throw ProblemException.conflict("The document was adopted by consensus; an objection would have blocked it. "
                    + "Record a reservation or REFRAINED_NO_OBJECTION instead");
        }
        if (input.position() == PositionKind.JOINED_LATER && input.date() != null && document.adoptedOn != null
                && !input.date().isAfter(document.adoptedOn)) {
            throw ProblemException.invalidField("date", "joining later must be after the adoption on " + document.adoptedOn);
        }
        if (document.type == DocumentType.PROTOCOL_DECISION && input.position().isSignature()) {
            String chair = documents.chairOf(document);
            if (!state.equals(chair)) {
                throw ProblemException.conflict("A PROTOCOL_DECISION is signed by the chair alone"
                        + (chair == null ? "" : " (" + chair + ")"));
            }
        }
    }

    @Transactional
    public void deletePosition(UUID documentId, String stateParam, String ifMatch) {
        String state = requireMemberState(stateParam);
        documents.locked(documentId);
        Position position = positions.of(documentId, state)
                .orElseThrow(() -> ProblemException.notFound("Position of " + state + " on document", documentId));
        Etags.require(ifMatch, position.version);
        positions.delete(position);
        positions.flush();
    }

    public Ratification ratification(UUID documentId, String state) {
        documents.get(documentId);
        return ratifications.of(documentId, stateCode(state))
                .orElseThrow(() -> ProblemException.notFound("Ratification of " + stateCode(state) + " on document", documentId));
    }

    @Transactional
    public Written<Ratification> putRatification(UUID documentId, String stateParam, String ifMatch,
                                                 @NotNull @Valid RatificationInput input) {
        String state = requireMemberState(stateParam);
        Document document = documents.locked(documentId);
        if (!document.ratificationRequired) {
            throw ProblemException.conflict("Document " + document.reference + " does not need ratification");
        }
        checkOrder(input);
        Ratification ratification = ratifications.of(documentId, state).orElse(null);
        boolean created = ratification == null;
        if (created) {
            if (ifMatch != null && !ifMatch.trim().equals("*")) {
                throw Etags.stale();
            }
            ratification = new Ratification();
            ratification.id = Ids.newId();
            ratification.documentId = documentId;
            ratification.state = state;
        } else {
            Etags.require(ifMatch, ratification.version);
        }
        ratification.signedOn = input.signedOn();
        ratification.ratifiedOn = input.ratifiedOn();
        ratification.notifiedOn = input.notifiedOn();
        if (created) {
            ratifications.persist(ratification);
        }
        ratifications.flush();
        documents.refreshForce(document);
        ratifications.flush();
        return new Written<>(ratification, created);
    }

    @Transactional
    public void deleteRatification(UUID documentId, String stateParam, String ifMatch) {
        String state = requireMemberState(stateParam);
        Document document = documents.locked(documentId);
        Ratification ratification = ratifications.of(documentId, state)
                .orElseThrow(() -> ProblemException.notFound("Ratification of " + state + " on document", documentId));
        Etags.require(ifMatch, ratification.version);
        ratifications.delete(ratification);
        ratifications.flush();
        documents.refreshForce(document);
        ratifications.flush();
    }

    /** Signature, ratification and notification follow one another, each later than the one before. */
    static void checkOrder(RatificationInput input) {
        LocalDate previous = null;
        String previousName = null;
        String[] names = {"signedOn", "ratifiedOn", "notifiedOn"};
        LocalDate[] dates = {input.signedOn(), input.ratifiedOn(), input.notifiedOn()};
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (previous != null && !dates[i].isAfter(previous)) {
                throw ProblemException.invalidField(names[i], "must be later than " + previousName + " (" + previous + ")");
            }
            previous = dates[i];
            previousName = names[i];
        }
    }

    private String requireMemberState(String state) {
        String code = stateCode(state);
        if (!referenceData.isState(code)) {
            throw ProblemException.notFound("Member state", state);
        }
        return code;
    }

    private static String stateCode(String state) {
        return RequestParameters.code("state", state);
    }
}
