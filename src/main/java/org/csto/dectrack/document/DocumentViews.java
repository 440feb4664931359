package org.csto.dectrack.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.csto.dectrack.shared.csv.CsvColumns;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.security.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about documents, positions, ratifications and relations (attachments go both ways). */
public final class DocumentViews {
    private DocumentViews() {
    }

    @Schema(name = "Attachment")
    public record AttachmentView(
            @NotBlank @Size(max = 500) @Schema(example = "Authentic text") String title,
            @NotBlank @Pattern(regexp = "[a-z]{2}(-[A-Za-z]{2,4})?", message = "{dectrack.language}")
            @Schema(example = "ru") String language,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[\\w.+-]+/[\\w.+-]+", message = "{dectrack.mediaType}")
            @Schema(example = "application/pdf") String mediaType,
            @NotBlank @Size(max = 2000) @Pattern(regexp = "(https?|urn):\\S+", message = "{dectrack.address}")
            @Schema(example = "https://example.org/documents/csc-2024-01-ru.pdf") String url,
            @Pattern(regexp = "[0-9a-f]{64}", message = "{dectrack.sha256}")
            @Schema(nullable = true, example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.title, a.language, a.mediaType, a.url, a.sha256);
        }

        static Attachment toAttachment(AttachmentView view) {
            Attachment attachment = new Attachment();
            attachment.title = view.title().strip();
            attachment.language = view.language();
            attachment.mediaType = view.mediaType();
            attachment.url = view.url();
            attachment.sha256 = view.sha256();
            return attachment;
        }
    }

    @Schema(name = "DocumentSummary", description = "A document as lists show it")
    public record DocumentSummary(
            UUID id,
            @Schema(example = "CSC-2024-02") String reference,
            DocumentType type,
            Texts titles,
            @Schema(example = "Decision on the Interstate Targeted Programme…") String title,
            @Schema(nullable = true, example = "CSC") String body,
            @Schema(nullable = true) UUID session,
            @Schema(nullable = true, example = "2024-11-28") LocalDate adoptedOn,
            AdoptionStatus adoptionStatus,
            LegalForce legalForce,
            @Schema(nullable = true) LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            @Schema(nullable = true) LocalDate entryIntoForce,
            List<String> tags,
            @Schema(description = "PUBLIC, RESTRICTED or CONFIDENTIAL (see the document's declassifyOn)") Classification classification) {
        /** The header row of {@link #CSV}, for the OpenAPI document (a test holds the two together). */
        public static final String CSV_HEADER = "id,reference,type,title,body,session,adoptedOn,adoptionStatus,legalForce,"
                + "validFrom,validTo,entryIntoForce,tags";
        /** The CSV list: {@code title} in the requested language, tags joined with ';'. */
        public static final CsvColumns<DocumentSummary> CSV = CsvColumns.<DocumentSummary>file("documents")
                .value("id", DocumentSummary::id).text("reference", DocumentSummary::reference)
                .value("type", DocumentSummary::type).text("title", DocumentSummary::title)
                .text("body", DocumentSummary::body).value("session", DocumentSummary::session)
                .value("adoptedOn", DocumentSummary::adoptedOn).value("adoptionStatus", DocumentSummary::adoptionStatus)
                .value("legalForce", DocumentSummary::legalForce).value("validFrom", DocumentSummary::validFrom)
                .value("validTo", DocumentSummary::validTo).value("entryIntoForce", DocumentSummary::entryIntoForce)
                .list("tags", DocumentSummary::tags);

        /** A document as a list shows it, from its full view. */
        static DocumentSummary of(DocumentView d) {
            return new DocumentSummary(d.id(), d.reference(), d.type(), d.titles(), d.title(), d.body(), d.session(), d.adoptedOn(),
                    d.adoptionStatus(), d.legalForce(), d.validFrom(), d.validTo(), d.entryIntoForce(), d.tags(), d.classification());
        }

        /** The same, with an entry into force after the day not yet known on it. */
        DocumentSummary upTo(LocalDate day) {
            return entryIntoForce == null || !entryIntoForce.isAfter(day) ? this : new DocumentSummary(id, reference, type, titles,
                    title, body, session, adoptedOn, adoptionStatus, legalForce, validFrom, validTo, null, tags, classification);
        }

        static DocumentSummary of(Document d, Lang lang, LocalDate today) {
            return new DocumentSummary(d.id, d.reference, d.type, d.titles.toTexts(), d.titles.in(lang), d.body, d.sessionId,
                    d.adoptedOn, d.adoptionStatus, d.legalForceOn(today), d.validFrom, d.validTo, d.entryIntoForce,
                    d.tags.stream().sorted().toList(), d.classification);
        }
    }

    @Schema(name = "Position", description = "A member state's position on a document; every member state is listed")
    public record PositionView(
            @Schema(example = "AM") String state,
            @Schema(nullable = true, example = "REFRAINED_NO_OBJECTION", description = "null when none is recorded") PositionKind position,
            @Schema(nullable = true, example = "2024-11-28") LocalDate date,
            @Schema(nullable = true) String reservation,
            @Schema(example = "true") boolean recorded,
            @Schema(example = "refrained without objecting", description = "Plain words, 'none recorded' when nothing is") String summary) {
        static PositionView of(String state, Position p) {
            if (p == null) {
                return new PositionView(state, null, null, null, false, "none recorded");
            }
            return new PositionView(state, p.position, p.date, p.reservation, true,
                    p.position.name().toLowerCase().replace("refrained_no_objection", "refrained without objecting").replace('_', ' '));
        }
    }

    @Schema(name = "Ratification")
    public record RatificationView(
            @Schema(example = "RU") String state,
            @Schema(nullable = true, example = "2024-11-28") LocalDate signedOn,
            @Schema(nullable = true, example = "2025-07-07") LocalDate ratifiedOn,
            @Schema(nullable = true, example = "2025-08-01") LocalDate notifiedOn,
            @Schema(nullable = true, description = "When the document enters into force for this state (null while not determined)")
            LocalDate entryIntoForce) {
        static RatificationView of(Ratification r, LocalDate entryIntoForce) {
            return new RatificationView(r.state, r.signedOn, r.ratifiedOn, r.notifiedOn, entryIntoForce);
        }
    }

    @Schema(name = "DocumentRef", description = "The other document of a relation")
    public record DocumentRef(UUID id, @Schema(example = "CSC-2024-02") String reference, DocumentType type, Texts titles,
                              String title) {
        static DocumentRef of(Document d, Lang lang) {
            return new DocumentRef(d.id, d.reference, d.type, d.titles.toTexts(), d.titles.in(lang));
        }
    }

    @Schema(name = "Relation")
    public record RelationView(
            UUID id,
            @Schema(example = "APPROVES", description = "Incoming relations carry the inverse name, e.g. APPROVED_BY") String type,
            @Schema(example = "APPROVES", description = "The relation as recorded, from source to target") RelationType relation,
            DocumentRef document) {
        static RelationView of(Relation relation, UUID seenFrom, Lang lang) {
            return new RelationView(relation.id, relation.nameSeenFrom(seenFrom), relation.type,
                    DocumentRef.of(relation.otherEnd(seenFrom), lang));
        }
    }

    @Schema(name = "Relations")
    public record RelationsView(List<RelationView> outgoing, List<RelationView> incoming) {
    }

    @Schema(name = "Document", description = "A document with positions, ratification and relations")
    public record DocumentView(
            UUID id,
            @Schema(example = "CSC-2024-02") String reference,
            DocumentType type,
            Texts titles,
            String title,
            Texts summaries,
            @Schema(nullable = true) String summary,
            @Schema(nullable = true, example = "CSC") String body,
            @Schema(nullable = true) UUID session,
            @Schema(nullable = true, example = "2", description = "Number (from 1) of the session's agenda item it was considered under")
            Integer agendaItem,
            @Schema(nullable = true) LocalDate adoptedOn,
            AdoptionStatus adoptionStatus,
            @Schema(description = "Computed from adoption, validity, ratification and relations") LegalForce legalForce,
            @Schema(nullable = true) LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            boolean ratificationRequired,
            @Schema(nullable = true) Integer notificationsForEntryIntoForce,
            @Schema(nullable = true, description = "When the document entered (or enters) into force; null while not determined")
            LocalDate entryIntoForce,
            List<String> tags,
            List<AttachmentView> attachments,
            List<PositionView> positions,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<RatificationView> ratifications,
            RelationsView relations,
            @Schema(nullable = true) String notes,
            @Schema(description = "Who may read it, its measures and reports: PUBLIC, RESTRICTED (for official use) or CONFIDENTIAL")
            Classification classification,
            @Schema(nullable = true, description = "From this day on the document counts as PUBLIC") LocalDate declassifyOn,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        /** The document's ETag: its version and its legal force today, which the calendar changes while the row does not. */
        public EntityTag etag(long version) {
            return Etags.of(version, legalForce == null ? "" : legalForce.name().toLowerCase(Locale.ROOT));
        }

        /** The same document with what a day makes of it: positions, ratification and legal force as of that day. */
        DocumentView on(List<PositionView> positionsOnTheDay, List<RatificationView> ratificationsOnTheDay,
                        LocalDate entryIntoForceOnTheDay, LegalForce legalForceOnTheDay) {
            return new DocumentView(id, reference, type, titles, title, summaries, summary, body, session, agendaItem,
                    adoptedOn, adoptionStatus, legalForceOnTheDay, validFrom, validTo, ratificationRequired, notificationsForEntryIntoForce,
                    entryIntoForceOnTheDay, tags, attachments, positionsOnTheDay, ratificationsOnTheDay, relations, notes,
                    classification, declassifyOn, createdAt, createdBy, updatedAt, updatedBy);
        }

    }

    @Schema(name = "Transition")
    public record TransitionView(AdoptionStatus from, AdoptionStatus to, @Schema(nullable = true) String reason, Instant at,
                                 String by) {
        static TransitionView of(Transition t) {
            return new TransitionView(t.from, t.to, t.reason, t.createdAt, t.createdBy);
        }
    }
}
