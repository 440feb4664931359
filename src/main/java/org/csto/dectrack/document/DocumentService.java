package org.csto.dectrack.document;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.DocumentInput;
import org.csto.dectrack.document.DocumentViews.AttachmentView;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.session.Session;
import org.csto.dectrack.session.SessionService;
import org.csto.dectrack.shared.history.ChangeLog;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.security.Access;
import org.csto.dectrack.shared.security.Classification;
import org.csto.dectrack.shared.security.Marking;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Recording, replacing and deleting documents, and finding them for the other services of the registry. */
@ApplicationScoped
public class DocumentService {
    @Inject DocumentRepository documents;
    @Inject DocumentNumbering numbering;
    @Inject RelationRepository relations;
    @Inject LegalForceRefresh force;
    @Inject SessionService sessions;
    @Inject ReferenceData referenceData;
    @Inject Instance<DocumentDependents> dependents;
    @Inject TimeSource time;
    @Inject ChangeLog changeLog;
    @Inject DocumentSearch search;
    @Inject MergePatch patches;

    public Document get(UUID id) {
        return ProblemException.requireFound(id == null ? null : documents.findById(id), "Document",
                ResourceKey.of(ResourceType.DOCUMENT, id));
    }

    /** The same, with tags and attachments loaded in the same statement: for the document's full view. */
    public Document getForView(UUID id) {
        return ProblemException.requireFound(id == null ? null : documents.withCollections(id).orElse(null), "Document",
                ResourceKey.of(ResourceType.DOCUMENT, id));
    }

    public Document byReference(String reference) {
        return documents.byReference(reference == null ? "" : reference.trim().toUpperCase())
                .orElseThrow(() -> ProblemException.notFound("Document", reference));
    }

    /** The document, row-locked for a change to it or to what hangs off it (positions, relations…). */
    Document locked(UUID id) {
        return documents.lockedForChange(id).orElseThrow(() -> ProblemException.notFound("Document", ResourceKey.of(ResourceType.DOCUMENT, id)));
    }

    /** The same, once If-Match has matched the version the document had before this change (428, 412 otherwise). */
    Document locked(UUID id, String ifMatch) {
        return documents.lockedForChange(id, document -> Etags.require(ifMatch, document.version))
                .orElseThrow(() -> ProblemException.notFound("Document", ResourceKey.of(ResourceType.DOCUMENT, id)));
    }

    Session sessionOf(Document document) {
        return sessions.get(document.sessionId);
    }

    /** The document's session lists it: bump the session's ETag too (read without loading the document). */
    void sessionChanged(UUID documentId) {
        sessions.documentsChanged(documents.sessionIdOf(documentId).orElse(null));
    }

    /** The chair of the document's session, or null when it has none. */
    String chairOf(Document document) {
        return document.sessionId == null ? null : sessionOf(document).chair;
    }

    @Transactional
    public Document create(@NotNull @Valid DocumentInput input) {
        Document document = new Document();
        document.id = Ids.newId();
        document.adoptionStatus = input.adoptionStatus() == null ? AdoptionStatus.DRAFT : input.adoptionStatus();
        apply(document, input);
        document.reference = input.reference() != null ? input.reference()
                : numbering.next(document.body, document.consideredOn != null ? document.consideredOn : time.today());
        if (documents.byReference(document.reference).isPresent()) {
            throw ProblemException.conflict("document.referenceTaken", document.reference);
        }
        document.refreshSearchTerms();
        force.refresh(document);
        documents.persist(document);
        search.index(document);
        sessions.documentsChanged(document.sessionId);
        documents.flush();
        return document;
    }

    @Transactional
    public Document replace(UUID id, String ifMatch, @NotNull @Valid DocumentInput input) {
        Document document = get(id);
        Etags.require(ifMatch, document.version);
        if (input.reference() != null && !input.reference().equals(document.reference)) {
            throw ProblemException.conflict("document.referenceStable", document.reference);
        }
        AdoptionPolicy.requireUnchanged(document.adoptionStatus, input.adoptionStatus(), "/api/v1/documents/" + id + "/transitions");
        UUID previousSession = document.sessionId;
        apply(document, input);
        sessions.documentsChanged(previousSession);
        if (!Objects.equals(previousSession, document.sessionId)) {
            sessions.documentsChanged(document.sessionId);
        }
        String terms = document.searchTerms;
        document.refreshSearchTerms();
        if (!document.searchTerms.equals(terms)) {
            search.index(document);
        }
        force.refresh(document);
        documents.flush();
        return document;
    }

    /** A JSON merge patch of the document ({@link MergePatch}), then the rules of {@link #replace}. */
    @Transactional
    public Document patch(UUID id, String ifMatch, JsonNode patch) {
        Document document = get(id);
        Etags.require(ifMatch, document.version);
        return replace(id, ifMatch, patches.apply(DocumentInput.of(document), patch, DocumentInput.class));
    }

    /** Deletes the document with its positions, ratifications and relations; 409 while anything carries it out. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Document document = get(id);
        Etags.require(ifMatch, document.version);
        for (DocumentDependents dependent : dependents) {
            Optional<String> reason = dependent.blockingDeletion(id);
            if (reason.isPresent()) {
                throw ProblemException.conflict("document.undeletable", document.reference, reason.get());
            }
        }
        List<UUID> terminatedTargets = relations.terminatedBy(List.of(id));
        sessions.documentsChanged(document.sessionId);
        documents.delete(document);
        documents.flush();
        for (UUID target : terminatedTargets) {
            Document other = documents.findById(target);
            if (other != null) {
                force.refresh(other);
            }
        }
        documents.flush();
    }

    private void apply(Document document, DocumentInput input) {
        Texts.requireRussian("titles", input.titles());
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw ProblemException.invalidField("validTo", "notBefore", "validFrom");
        }
        Session session = null;
        if (input.session() != null) {
            try {
                session = sessions.get(input.session());
            } catch (ProblemException notFound) {
                throw ProblemException.invalidField("session", "session.unknown", input.session());
            }
        }
        String body = input.body() != null ? referenceData.requireBody("body", input.body()) : session == null ? null : session.body;
        if (session != null && !session.body.equals(body)) {
            throw ProblemException.invalidField("body", "document.sessionBody", session.body);
        }
        if (input.agendaItem() != null) {
            if (session == null) {
                throw ProblemException.invalidField("agendaItem", "document.agendaItemWithoutSession");
            }
            if (input.agendaItem() > session.agenda.size()) {
                throw ProblemException.invalidField("agendaItem", "document.agendaItemUnknown", input.agendaItem(), session.agenda.size());
            }
        }
        boolean ratification = Boolean.TRUE.equals(input.ratificationRequired());
        if (!ratification && input.notificationsForEntryIntoForce() != null) {
            throw ProblemException.invalidField("notificationsForEntryIntoForce", "document.notifications");
        }
        AdoptionPolicy.requireAdoptionDate(document.adoptionStatus, input.adoptedOn(), time.today());
        document.type = input.type();
        document.titles = LocalizedText.of(input.titles());
        document.summaries = LocalizedText.of(input.summaries());
        document.body = body;
        document.sessionId = session == null ? null : session.id;
        document.agendaItem = input.agendaItem();
        document.adoptedOn = input.adoptedOn();
        document.consideredOn = input.adoptedOn() != null ? input.adoptedOn() : session == null ? null : session.startDate;
        document.validFrom = input.validFrom();
        document.validTo = input.validTo();
        document.ratificationRequired = ratification;
        document.notificationsForEntryIntoForce = input.notificationsForEntryIntoForce();
        document.tags.clear();
        if (input.tags() != null) {
            input.tags().forEach(tag -> document.tags.add(Document.normalizeTag(tag)));
        }
        document.attachments.clear();
        if (input.attachments() != null) {
            input.attachments().forEach(view -> document.attachments.add(AttachmentView.toAttachment(view)));
        }
        document.notes = Strings.blankToNull(input.notes());
        // A replacement that does not name a classification keeps the document's: a client that does not know the field
        // must not declassify a document by omitting it.
        boolean keep = input.classification() == null && documents.isPersistent(document);
        mark(document, keep ? document.classification : input.classification() == null ? Classification.PUBLIC : input.classification(),
                keep && input.declassifyOn() == null ? document.declassifyOn : input.declassifyOn());
    }

    /**
     * Classifies the document (not above the caller's own clearance); when that changes its marking, its change-record
     * entries and its measures' follow, so that its history is seen by whoever may see it now.
     */
    private void mark(Document document, Classification classification, LocalDate declassifyOn) {
        Access.current().requireClears(classification);
        Marking before = document.marking();
        document.classification = classification;
        document.declassifyOn = declassifyOn;
        if (documents.isPersistent(document) && !before.equals(document.marking())) {
            changeLog.mark(ResourceKey.of(ResourceType.DOCUMENT, document.id), ResourceType.MEASURE, document.marking());
        }
    }
}
