package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.document.DocumentInputs.PositionTableInput;
import org.csto.dectrack.document.DocumentInputs.RatificationInput;
import org.csto.dectrack.document.DocumentInputs.RatificationTableInput;
import org.csto.dectrack.document.DocumentInputs.StatePositionInput;
import org.csto.dectrack.document.DocumentInputs.StateRatificationInput;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.problem.RowProblems;
import org.csto.dectrack.shared.time.TimeSource;

/**
 * Every state's positions, or ratification records, of one document written at once: one transaction under the
 * document's row lock, one version of the document (and one entry of its history), and each row checked by the rules of
 * its single write ({@link PositionPolicy}) with every failing row named by its state; nothing is written while any
 * fails. The table replaces the document's: a state left out has no row afterwards.
 */
@ApplicationScoped
public class PositionTables {
    @Inject DocumentService documents;
    @Inject PositionRepository positions;
    @Inject RatificationRepository ratifications;
    @Inject LegalForceRefresh force;
    @Inject ReferenceData referenceData;
    @Inject TimeSource time;
    @Inject Validator validator;

    @Transactional
    public Document putPositions(UUID documentId, String ifMatch, @NotNull @Valid PositionTableInput input) {
        Document document = documents.locked(documentId, ifMatch);
        RowProblems problems = new RowProblems();
        Map<String, PositionInput> rows = check(document, "positions", input.positions(), problems);
        problems.throwIfAny();
        write(document, rows);
        return document;
    }

    /**
     * The rows of a positions table checked against {@code document}, by state code, and the problems of those that
     * fail under {@code table[STATE]}; the document need not be written yet (a session's outcome checks new ones).
     */
    Map<String, PositionInput> check(Document document, String table, List<StatePositionInput> rows, RowProblems problems) {
        String chair = document.type == DocumentType.PROTOCOL_DECISION ? documents.chairOf(document) : null;
        Map<String, PositionInput> checked = states(table, rows, StatePositionInput::state, StatePositionInput::input, problems);
        checked.forEach((state, row) -> {
            String name = table + "[" + state + "]";
            Set<ConstraintViolation<PositionInput>> violations = validator.validate(row);
            problems.validated(name, violations);
            if (violations.isEmpty()) {
                problems.check(name, "position", () -> PositionPolicy.check(document, state, row, chair, time.today()));
            }
        });
        return checked;
    }

    /** Makes the document's positions those of {@code rows} (checked): updated, added, and removed where left out. */
    void write(Document document, Map<String, PositionInput> rows) {
        Map<String, Position> existing = new LinkedHashMap<>();
        positions.ofDocument(document.id).forEach(p -> existing.put(p.state, p));
        rows.forEach((state, row) -> {
            Position position = existing.remove(state);
            if (position == null) {
                position = Position.of(document.id, state);
                position.record(row);
                positions.persist(position);
            } else {
                position.record(row);
            }
        });
        existing.values().forEach(positions::delete);
        positions.flush();
    }

    @Transactional
    public Document putRatifications(UUID documentId, String ifMatch, @NotNull @Valid RatificationTableInput input) {
        Document document = documents.locked(documentId, ifMatch);
        PositionPolicy.requireRatificationNeeded(document);
        RowProblems problems = new RowProblems();
        Map<String, RatificationInput> rows = states("ratifications", input.ratifications(), StateRatificationInput::state,
                StateRatificationInput::input, problems);
        rows.forEach((state, row) -> problems.check("ratifications[" + state + "]", "signedOn", () -> PositionPolicy.checkOrder(row)));
        problems.throwIfAny();
        Map<String, Ratification> existing = new LinkedHashMap<>();
        ratifications.ofDocument(documentId).forEach(r -> existing.put(r.state, r));
        rows.forEach((state, row) -> {
            Ratification ratification = existing.remove(state);
            if (ratification == null) {
                ratification = Ratification.of(documentId, state);
                ratification.record(row);
                ratifications.persist(ratification);
            } else {
                ratification.record(row);
            }
        });
        existing.values().forEach(ratifications::delete);
        ratifications.flush();
        force.refresh(document);
        ratifications.flush();
        return document;
    }

    /** The rows by member state code (in the order given); an unknown or repeated state is a problem of its row. */
    private <R, I> Map<String, I> states(String table, List<R> rows, Function<R, String> state, Function<R, I> input,
                                         RowProblems problems) {
        Map<String, I> byState = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = state.apply(rows.get(i)) == null ? null : state.apply(rows.get(i)).trim().toUpperCase();
            if (code == null || !referenceData.isState(code)) {
                // a row without a usable state is named by its index
                problems.add(table + "[" + (code != null && code.matches("[A-Z]{2}") ? code : String.valueOf(i)) + "].state",
                        code == null ? "must not be null" : "must be a member state code");
            } else if (!seen.add(code)) {
                problems.add(table + "[" + code + "]", "is given more than once");
            } else {
                byState.put(code, input.apply(rows.get(i)));
            }
        }
        return byState;
    }
}
