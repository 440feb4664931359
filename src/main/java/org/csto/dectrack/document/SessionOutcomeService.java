package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.DocumentInput;
import org.csto.dectrack.document.DocumentInputs.OutcomeDocumentInput;
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.document.DocumentInputs.SessionOutcomeInput;
import org.csto.dectrack.document.DocumentInputs.TransitionInput;
import org.csto.dectrack.session.SessionService;
import org.csto.dectrack.shared.problem.RowProblems;

/**
 * A session's results entered at once: each document it considered, recorded as {@code POST /documents} records one,
 * with every state's position (as {@code PUT …/positions} writes a table) and its adoption (as a transition). One
 * transaction: when any document, position or adoption fails, nothing is written and the 400 names each failing field
 * under its document ({@code documents[1].document.titles.ru}, {@code documents[0].positions[KZ].date},
 * {@code documents[2].outcome}).
 */
@ApplicationScoped
public class SessionOutcomeService {
    @Inject SessionService sessions;
    @Inject DocumentService documents;
    @Inject PositionTables tables;
    @Inject AdoptionService adoption;

    /** The ids of the documents recorded, in the order given. */
    @Transactional
    public List<UUID> record(UUID sessionId, @NotNull @Valid SessionOutcomeInput input) {
        sessions.get(sessionId);
        RowProblems problems = new RowProblems();
        List<UUID> recorded = new ArrayList<>();
        for (int i = 0; i < input.documents().size(); i++) {
            String row = "documents[" + i + "]";
            UUID id = record(sessionId, row, input.documents().get(i), problems);
            if (id != null) {
                recorded.add(id);
            }
        }
        problems.throwIfAny(); // rolls every document of the request back
        return recorded;
    }

    /** One document of the outcome; null when it failed (its problems are in {@code problems}). */
    private UUID record(UUID sessionId, String row, OutcomeDocumentInput entry, RowProblems problems) {
        DocumentInput given = entry.document();
        if (given.session() != null && !given.session().equals(sessionId)) {
            problems.add(row + ".document.session", "must be this session or left out");
        }
        if (given.adoptionStatus() != null && given.adoptionStatus() != AdoptionStatus.DRAFT) {
            problems.add(row + ".document.adoptionStatus", "must be left out: outcome says what the session did");
        }
        if (problems.hasRow(row)) {
            return null;
        }
        Document[] created = new Document[1];
        problems.checkNamed(row + ".document", row + ".document.reference",
                () -> created[0] = documents.create(given.atSession(sessionId)));
        if (created[0] == null) {
            return null;
        }
        Document document = created[0];
        if (entry.positions() != null) {
            Map<String, PositionInput> positions = tables.check(document, row + ".positions", entry.positions(), problems);
            if (problems.hasRow(row)) {
                return null;
            }
            tables.write(document, positions);
        }
        AdoptionStatus outcome = entry.outcome() == null ? AdoptionStatus.ADOPTED : entry.outcome();
        if (outcome != AdoptionStatus.DRAFT) {
            problems.checkNamed(row + ".document", row + ".outcome", () -> adoption.transition(document.id, null,
                    new TransitionInput(outcome, entry.reason(), given.adoptedOn())));
        }
        return document.id;
    }
}
