package org.csto.dectrack.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.document.DocumentInputs.RatificationInput;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.persistence.Upserted;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.security.Access;
import org.csto.dectrack.shared.time.TimeSource;

/** Member states' positions on documents and their ratification, each under the document's row lock. */
@ApplicationScoped
public class PositionService {
    @Inject DocumentService documents;
    @Inject PositionRepository positions;
    @Inject RatificationRepository ratifications;
    @Inject LegalForceRefresh force;
    @Inject ReferenceData referenceData;
    @Inject TimeSource time;
    @Inject MergePatch patches;

    public Position position(UUID documentId, String state) {
        documents.get(documentId);
        return found(positions.of(documentId, stateCode(state)), "Position", state, documentId);
    }

    /** Records or replaces a state's position; replacing needs If-Match with the position's ETag. */
    @Transactional
    public Upserted<Position> putPosition(UUID documentId, String stateParam, String ifMatch, @NotNull @Valid PositionInput input) {
        String state = requireMemberState(stateParam);
        Document document = documents.locked(documentId);
        String chair = document.type == DocumentType.PROTOCOL_DECISION ? documents.chairOf(document) : null;
        return upsert(positions, positions.of(documentId, state), ifMatch, () -> Position.of(documentId, state), position -> {
            PositionPolicy.check(document, state, input, chair, time.today());
            position.record(input);
        });
    }

    /** A JSON merge patch of a recorded position ({@link MergePatch}), then the rules of {@link #putPosition}. */
    @Transactional
    public Position patchPosition(UUID documentId, String state, String ifMatch, JsonNode patch) {
        Position position = position(documentId, state);
        Etags.require(ifMatch, position.version);
        return putPosition(documentId, state, ifMatch, patches.apply(PositionInput.of(position), patch, PositionInput.class)).value();
    }

    @Transactional
    public void deletePosition(UUID documentId, String stateParam, String ifMatch) {
        String state = requireMemberState(stateParam);
        documents.locked(documentId);
        Position position = found(positions.of(documentId, state), "Position", state, documentId);
        Etags.require(ifMatch, position.version);
        positions.delete(position);
        positions.flush();
    }

    public Ratification ratification(UUID documentId, String state) {
        documents.get(documentId);
        return found(ratifications.of(documentId, stateCode(state)), "Ratification", state, documentId);
    }

    @Transactional
    public Upserted<Ratification> putRatification(UUID documentId, String stateParam, String ifMatch,
                                                  @NotNull @Valid RatificationInput input) {
        String state = requireMemberState(stateParam);
        Document document = documents.locked(documentId);
        Access access = Access.current();
        access.requireActsFor(state, "record ratification steps");
        Optional<Ratification> existing = ratifications.of(documentId, state);
        if (access.confinedToState() && !Objects.equals(input.signedOn(), existing.map(r -> r.signedOn).orElse(null))) {
            throw ProblemException.forbidden("liaison.signedOn");
        }
        PositionPolicy.requireRatificationNeeded(document);
        PositionPolicy.checkOrder(input);
        Upserted<Ratification> written = upsert(ratifications, existing, ifMatch,
                () -> Ratification.of(documentId, state), ratification -> ratification.record(input));
        force.refresh(document);
        ratifications.flush();
        return written;
    }

    /** A JSON merge patch of a recorded ratification ({@link MergePatch}), then the rules of {@link #putRatification}. */
    @Transactional
    public Ratification patchRatification(UUID documentId, String state, String ifMatch, JsonNode patch) {
        Ratification ratification = ratification(documentId, state);
        Etags.require(ifMatch, ratification.version);
        return putRatification(documentId, state, ifMatch,
                patches.apply(RatificationInput.of(ratification), patch, RatificationInput.class)).value();
    }

    @Transactional
    public void deleteRatification(UUID documentId, String stateParam, String ifMatch) {
        String state = requireMemberState(stateParam);
        Document document = documents.locked(documentId);
        Ratification ratification = found(ratifications.of(documentId, state), "Ratification", state, documentId);
        Etags.require(ifMatch, ratification.version);
        ratifications.delete(ratification);
        ratifications.flush();
        force.refresh(document);
        ratifications.flush();
    }

    /** The one upsert shape: create when absent (no If-Match, or *), replace under a matching If-Match. */
    private static <T extends StateRecord> Upserted<T> upsert(PanacheRepositoryBase<T, UUID> repository, Optional<T> existing,
                                                              String ifMatch, Supplier<T> create, Consumer<T> apply) {
        Etags.requireForUpsert(ifMatch, existing.map(row -> row.version).orElse(null));
        T row = existing.orElseGet(create);
        apply.accept(row);
        if (existing.isEmpty()) {
            repository.persist(row);
        }
        repository.flush();
        return new Upserted<>(row, existing.isEmpty());
    }

    private static <T> T found(Optional<T> row, String what, String state, UUID documentId) {
        return row.orElseThrow(() -> ProblemException.missing("notFound.onDocument", ProblemException.noun(what), stateCode(state),
                documentId));
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
