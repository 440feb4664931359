package org.csto.dectrack.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.document.DocumentViews.AttachmentView;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers send to record documents, positions, ratifications, relations and transitions. */
public final class DocumentInputs {
    private DocumentInputs() {
    }

    @Schema(name = "DocumentInput", description = "A document as created (POST) or replaced (PUT)")
    public record DocumentInput(
            @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9./-]*", message = "{dectrack.reference}")
            @Schema(example = "CSC-2024-02", description = "Generated as BODY-YEAR-NN when omitted; never changes") String reference,
            @NotNull @Schema(example = "DECISION") DocumentType type,
            @NotNull @Valid Texts titles,
            @Valid Texts summaries,
            @Schema(example = "CSC", description = "Defaults to the session's body") String body,
            @Schema(description = "Session that adopted or considered it") UUID session,
            @Min(1) @Max(200) @Schema(example = "2", description = "Number (from 1) of the session's agenda item it was "
                    + "considered under; needs the session, and the session's agenda must have that item") Integer agendaItem,
            @Schema(example = "2024-11-28") LocalDate adoptedOn,
            @Schema(example = "DRAFT", description = "Initial status on creation (default DRAFT); later only through transitions")
            AdoptionStatus adoptionStatus,
            @Schema(example = "2025-01-01") LocalDate validFrom,
            @Schema(example = "2029-12-31") LocalDate validTo,
            @Schema(example = "false") Boolean ratificationRequired,
            @Min(1) @Max(6) @Schema(example = "4") Integer notificationsForEntryIntoForce,
            @Size(max = 30) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]*", message = "{dectrack.tag}") String> tags,
            @Size(max = 30) List<@NotNull @Valid AttachmentView> attachments,
            @Size(max = 10000) String notes,
            @Schema(example = "PUBLIC", description = "Not above the caller's own clearance. Default PUBLIC on creation; "
                    + "a replacement without it keeps the document's classification and declassifyOn") Classification classification,
            @Schema(example = "2030-01-01", description = "From this day on the document counts as PUBLIC") LocalDate declassifyOn) {

        /** The same, recorded at {@code sessionId} as a draft (a session's outcome adopts it afterwards). */
        DocumentInput atSession(UUID sessionId) {
            return new DocumentInput(reference, type, titles, summaries, body, sessionId, agendaItem, adoptedOn, AdoptionStatus.DRAFT,
                    validFrom, validTo, ratificationRequired, notificationsForEntryIntoForce, tags, attachments, notes,
                    classification, declassifyOn);
        }

        /** The document as a PUT that changes nothing would send it: what a merge patch applies to. */
        static DocumentInput of(Document d) {
            return new DocumentInput(d.reference, d.type, d.titles.toTexts(), d.summariesOrEmpty().toTexts(), d.body, d.sessionId,
                    d.agendaItem, d.adoptedOn, d.adoptionStatus, d.validFrom, d.validTo, d.ratificationRequired,
                    d.notificationsForEntryIntoForce, List.copyOf(d.tags), d.attachments.stream().map(AttachmentView::of).toList(),
                    d.notes, d.classification, d.declassifyOn);
        }
    }

    @Schema(name = "PositionInput")
    public record PositionInput(
            @NotNull @Schema(example = "SIGNED") PositionKind position,
            @Schema(example = "2024-11-28") LocalDate date,
            @Size(max = 4000) String reservation) {
        static PositionInput of(Position position) {
            return new PositionInput(position.position, position.date, position.reservation);
        }
    }

    @Schema(name = "RatificationInput")
    public record RatificationInput(
            @Schema(example = "2024-11-28") LocalDate signedOn,
            @Schema(example = "2025-07-07") LocalDate ratifiedOn,
            @Schema(example = "2025-08-01") LocalDate notifiedOn) {
        static RatificationInput of(Ratification ratification) {
            return new RatificationInput(ratification.signedOn, ratification.ratifiedOn, ratification.notifiedOn);
        }
    }

    @Schema(name = "PositionTableInput", description = "Every state's position on a document, the whole table at once: a state "
            + "left out has no position afterwards")
    public record PositionTableInput(@NotNull @Size(max = 20) List<@NotNull StatePositionInput> positions) {
    }

    /** One row of a positions table; checked as the body of {@code PUT …/positions/{state}} is, and named by its state. */
    @Schema(name = "StatePositionInput")
    public record StatePositionInput(
            @Schema(required = true, example = "KZ") String state,
            @Schema(required = true, example = "SIGNED") PositionKind position,
            @Schema(nullable = true, example = "2024-11-28") LocalDate date,
            @Schema(nullable = true, maxLength = 4000) String reservation) {
        PositionInput input() {
            return new PositionInput(position, date, reservation);
        }
    }

    @Schema(name = "RatificationTableInput", description = "Every ratifying state's record for a document, the whole table at "
            + "once: a state left out has no ratification record afterwards")
    public record RatificationTableInput(@NotNull @Size(max = 20) List<@NotNull StateRatificationInput> ratifications) {
    }

    /** One row of a ratifications table; checked as the body of {@code PUT …/ratifications/{state}} is. */
    @Schema(name = "StateRatificationInput")
    public record StateRatificationInput(
            @Schema(required = true, example = "RU") String state,
            @Schema(nullable = true, example = "2024-11-28") LocalDate signedOn,
            @Schema(nullable = true, example = "2025-07-07") LocalDate ratifiedOn,
            @Schema(nullable = true, example = "2025-08-01") LocalDate notifiedOn) {
        RatificationInput input() {
            return new RatificationInput(signedOn, ratifiedOn, notifiedOn);
        }
    }

    @Schema(name = "SessionOutcomeInput", description = "What a session did with each document it considered, entered at once")
    public record SessionOutcomeInput(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid OutcomeDocumentInput> documents) {
    }

    @Schema(name = "OutcomeDocumentInput", description = "One document of a session's outcome, with the states' positions")
    public record OutcomeDocumentInput(
            @NotNull @Valid @Schema(description = "As for POST /documents; the session is this one, the body its body, "
                    + "adoptedOn by default its start date; leave adoptionStatus out") DocumentInput document,
            @Size(max = 20) @Schema(description = "Every state's position, as for PUT /documents/{id}/positions")
            List<@NotNull StatePositionInput> positions,
            @Schema(example = "ADOPTED", description = "What the session did: ADOPTED (default), RETURNED_FOR_REVISION, "
                    + "WITHDRAWN, or DRAFT (considered, nothing decided)") AdoptionStatus outcome,
            @Size(max = 2000) @Schema(example = "Signed by the heads of state") String reason) {
    }

    @Schema(name = "RelationInput")
    public record RelationInput(
            @NotNull @Schema(example = "APPROVES") RelationType type,
            @NotNull @Schema(description = "Id of the target document", example = "01a226ab-7370-74e5-bb56-5443f35c974c") UUID target) {
    }

    @Schema(name = "TransitionInput")
    public record TransitionInput(
            @NotNull @Schema(example = "ADOPTED") AdoptionStatus to,
            @Size(max = 2000) @Schema(example = "Signed by the heads of state") String reason,
            @Schema(example = "2024-11-28", description = "Adoption date, when moving to ADOPTED and none is recorded yet")
            LocalDate adoptedOn) {
    }
}
