package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.TransitionInput;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Moves a document through adoption (see {@link AdoptionPolicy}) and keeps the record of each move. */
@ApplicationScoped
public class AdoptionService {
    @Inject DocumentService documents;
    @Inject PositionRepository positions;
    @Inject TransitionRepository transitions;
    @Inject LegalForceRefresh force;
    @Inject TimeSource time;

    public List<Transition> transitionsOf(UUID documentId) {
        documents.get(documentId);
        return transitions.ofDocument(documentId);
    }

    /** Changes the adoption status under the row locks of its session and the document; If-Match is optional. */
    @Transactional
    public Document transition(UUID id, String ifMatch, @NotNull @Valid TransitionInput input) {
        // The session first, then the document: the order a session's own writes take, so the two never deadlock.
        documents.sessionChanged(id);
        // If-Match is checked against the version the document had under the lock, before the lock bumps it.
        Document document = ifMatch == null ? documents.locked(id) : documents.locked(id, ifMatch);
        AdoptionStatus from = document.adoptionStatus;
        AdoptionStatus to = input.to();
        AdoptionPolicy.requireTransition(from, to);
        if (to == AdoptionStatus.ADOPTED) {
            adopt(document, input.adoptedOn());
        }
        document.adoptionStatus = to;
        Transition transition = new Transition();
        transition.id = Ids.newId();
        transition.documentId = id;
        transition.from = from;
        transition.to = to;
        transition.reason = Strings.blankToNull(input.reason());
        transitions.persist(transition);
        force.refresh(document);
        transitions.flush();
        return document;
    }

    private void adopt(Document document, LocalDate requested) {
        boolean fromSession = requested == null && document.adoptedOn == null && document.sessionId != null;
        LocalDate sessionStart = fromSession ? documents.sessionOf(document).startDate : null;
        document.adoptedOn = AdoptionPolicy.adoptionDate(requested, document.adoptedOn, sessionStart, time.today());
        document.consideredOn = document.adoptedOn;
        List<Position> recorded = positions.ofDocument(document.id);
        AdoptionPolicy.requireConsensus(recorded);
        String chair = document.type == DocumentType.PROTOCOL_DECISION ? documents.chairOf(document) : null;
        if (AdoptionPolicy.needsChairSignature(document.type, chair, recorded)) {
            Position signature = positions.of(document.id, chair).orElseGet(() -> Position.of(document.id, chair));
            signature.position = PositionKind.SIGNED;
            signature.date = document.adoptedOn;
            positions.persist(signature);
        }
    }
}
