package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.DocumentViews.AttachmentView;
import org.csto.dectrack.document.DocumentViews.DocumentInput;
import org.csto.dectrack.document.DocumentViews.TransitionInput;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.session.Session;
import org.csto.dectrack.session.SessionService;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Rules and transactions of the document registry. */
@ApplicationScoped
public class DocumentService {
    public static final Map<String, String> SORT_KEYS = sortKeys();

    private final DocumentRepository documents;
    private final PositionRepository positions;
    private final RatificationRepository ratifications;
    private final RelationRepository relations;
    private final TransitionRepository transitions;
    private final SessionService sessions;
    private final ReferenceData referenceData;
    private final TimeSource time;
    private final EntityManager em;

    public DocumentService(DocumentRepository documents, PositionRepository positions, RatificationRepository ratifications,
                           RelationRepository relations, TransitionRepository transitions, SessionService sessions,
                           ReferenceData referenceData, TimeSource time, EntityManager em) {
        this.documents = documents;
        this.positions = positions;
        this.ratifications = ratifications;
        this.relations = relations;
        this.transitions = transitions;
        this.sessions = sessions;
        this.referenceData = referenceData;
        this.time = time;
        this.em = em;
    }

    private static Map<String, String> sortKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("adoptedOn", "d.adoptedOn");
        keys.put("reference", "d.reference");
        keys.put("type", "d.type");
        return keys;
    }

    public record DocumentQuery(String q, DocumentType type, String body, UUID session, Integer year,
                                AdoptionStatus adoptionStatus, LegalForce legalForce, String tag, String signedBy,
                                String notSignedBy) {
    }

    /** Count and page in two statements; tags of the whole page come in one more (batch fetching). */
    public PageView<Document> list(DocumentQuery query, PageRequest page) {
        LocalDate today = time.today();
        WhereClause filter = new WhereClause()
                .and("d.searchText like :q escape '!'", "q", query.q() == null ? null : Strings.containsPattern(Document.normalize(query.q())))
                .and("d.type = :type", "type", query.type())
                .and("d.body = :body", "body", query.body())
                .and("d.sessionId = :session", "session", query.session())
                .and("d.consideredOn >= :yearStart", "yearStart", query.year() == null ? null : LocalDate.of(query.year(), 1, 1))
                .and("d.consideredOn <= :yearEnd", "yearEnd", query.year() == null ? null : LocalDate.of(query.year(), 12, 31))
                .and("d.adoptionStatus = :adoptionStatus", "adoptionStatus", query.adoptionStatus())
                .and(":tag member of d.tags", "tag", query.tag());
        if (query.signedBy() != null) {
            filter.and("exists (select 1 from Position p where p.documentId = d.id and p.state = :signedBy and p.position in :signatures)")
                    .bind("signedBy", query.signedBy()).bind("signatures", List.of(PositionKind.SIGNED, PositionKind.JOINED_LATER));
        }
        if (query.notSignedBy() != null) {
            filter.and("not exists (select 1 from Position p where p.documentId = d.id and p.state = :notSignedBy and p.position in :signatures)")
                    .bind("notSignedBy", query.notSignedBy()).bind("signatures", List.of(PositionKind.SIGNED, PositionKind.JOINED_LATER));
        }
        if (query.legalForce() != null) {
            legalForcePredicate(filter, query.legalForce(), today);
        }
        return filter.page(em, Document.class, "Document d", "d", page);
    }

    /** The SQL twin of {@link LegalForcePolicy#evaluate}: the stored columns decide, "today" is a parameter. */
    static void legalForcePredicate(WhereClause filter, LegalForce force, LocalDate today) {
        String adopted = "d.adoptionStatus = :adopted";
        String live = adopted + " and d.terminatedAs is null and (d.validTo is null or d.validTo >= :today)";
        String clause = switch (force) {
            case SUPERSEDED, REPEALED -> adopted + " and d.terminatedAs = :terminatedAs";
            case EXPIRED -> adopted + " and d.terminatedAs is null and d.validTo < :today";
            case NOT_YET_IN_FORCE -> "(d.adoptionStatus <> :adopted or (" + live
                    + " and (d.entryIntoForce is null or d.entryIntoForce > :today)))";
            case PARTIALLY_IN_FORCE -> "(" + live + " and d.entryIntoForce <= :today"
                    + " and (d.fullForceFrom is null or d.fullForceFrom > :today))";
            case IN_FORCE -> "(" + live + " and d.entryIntoForce <= :today and d.fullForceFrom <= :today)";
        };
        filter.and(clause).bind("adopted", AdoptionStatus.ADOPTED);
        if (force == LegalForce.SUPERSEDED || force == LegalForce.REPEALED) {
            filter.bind("terminatedAs", force.name());
        } else {
            filter.bind("today", today);
        }
    }

    public Document get(UUID id) {
        Document document = id == null ? null : documents.findById(id);
        if (document == null) {
            throw ProblemException.notFound("Document", id);
        }
        return document;
    }

    public Document byReference(String reference) {
        return documents.byReference(reference == null ? "" : reference.trim().toUpperCase())
                .orElseThrow(() -> ProblemException.notFound("Document", reference));
    }

    /** The document, row-locked for a change to it or to what hangs off it (positions, relations…). */
    Document locked(UUID id) {
        return documents.lockedForChange(id).orElseThrow(() -> ProblemException.notFound("Document", id));
    }

    public List<Transition> transitionsOf(UUID id) {
        get(id);
        return transitions.ofDocument(id);
    }

    @Transactional
    public Document create(@NotNull @Valid DocumentInput input) {
        Document document = new Document();
        document.id = Ids.newId();
        AdoptionStatus status = input.adoptionStatus() == null ? AdoptionStatus.DRAFT : input.adoptionStatus();
        document.adoptionStatus = status;
        apply(document, input);
        if (status == AdoptionStatus.ADOPTED && document.adoptedOn == null) {
            throw ProblemException.invalidField("adoptedOn", "is required for an ADOPTED document");
        }
        document.reference = input.reference() != null ? input.reference() : nextReference(document);
        if (documents.byReference(document.reference).isPresent()) {
            throw ProblemException.conflict("Reference " + document.reference + " is already taken");
        }
        document.refreshSearchText();
        refreshForce(document);
        documents.persist(document);
        documents.flush();
        return document;
    }

    @Transactional
    public Document replace(UUID id, String ifMatch, @NotNull @Valid DocumentInput input) {
        Document document = get(id);
        Etags.require(ifMatch, document.version);
        if (input.reference() != null && !input.reference().equals(document.reference)) {
            throw ProblemException.conflict("The reference " + document.reference + " is stable and cannot change");
        }
        if (input.adoptionStatus() != null && input.adoptionStatus() != document.adoptionStatus) {
            throw new ProblemException(org.csto.dectrack.shared.problem.ProblemType.INVALID_TRANSITION,
                    "Change the adoption status through POST /api/v1/documents/" + id + "/transitions",
                    List.of(), document.adoptionStatus.allowedTargets().stream().map(Enum::name).toList(), Map.of());
        }
        apply(document, input);
        if (document.adoptionStatus == AdoptionStatus.ADOPTED && document.adoptedOn == null) {
            throw ProblemException.invalidField("adoptedOn", "is required for an ADOPTED document");
        }
        document.refreshSearchText();
        refreshForce(document);
        documents.flush();
        return document;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Document document = get(id);
        Etags.require(ifMatch, document.version);
        List<UUID> terminatedTargets = relations.terminatedBy(List.of(id));
        documents.delete(document);
        documents.flush();
        for (UUID target : terminatedTargets) {
            Document other = documents.findById(target);
            if (other != null) {
                refreshForce(other);
            }
        }
        documents.flush();
    }

    @Transactional
    public Document transition(UUID id, String ifMatch, @NotNull @Valid TransitionInput input) {
        Document document = locked(id);
        if (ifMatch != null) {
            Etags.require(ifMatch, document.version);
        }
        AdoptionStatus from = document.adoptionStatus;
        AdoptionStatus to = input.to();
        if (!from.canBecome(to)) {
            throw ProblemException.invalidTransition("A " + from + " document cannot become " + to,
                    from.allowedTargets().stream().map(Enum::name).toList());
        }
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
        refreshForce(document);
        documents.flush();
        return document;
    }

    private void adopt(Document document, LocalDate adoptedOn) {
        if (adoptedOn != null) {
            document.adoptedOn = adoptedOn;
        } else if (document.adoptedOn == null && document.sessionId != null) {
            document.adoptedOn = sessions.get(document.sessionId).startDate;
        }
        if (document.adoptedOn == null) {
            throw ProblemException.conflict("Adoption needs a date: send adoptedOn or record the session first");
        }
        if (document.adoptedOn.isAfter(time.today())) {
            throw ProblemException.invalidField("adoptedOn", "must not be in the future");
        }
        document.consideredOn = document.adoptedOn;
        List<Position> recorded = positions.ofDocument(document.id);
        List<String> objecting = recorded.stream().filter(p -> p.position == PositionKind.OBJECTED).map(p -> p.state).sorted().toList();
        if (!objecting.isEmpty()) {
            throw new ProblemException(org.csto.dectrack.shared.problem.ProblemType.CONFLICT,
                    "Decisions are taken by consensus: " + String.join(", ", objecting) + " objected",
                    List.of(), List.of(), Map.of("objectedBy", objecting));
        }
        if (document.type == DocumentType.PROTOCOL_DECISION) {
            signByChairAlone(document, recorded);
        }
    }

    /** A protocol decision carries the signature of the chair alone: record it when it is missing. */
    private void signByChairAlone(Document document, List<Position> recorded) {
        String chair = chairOf(document);
        if (chair == null) {
            throw ProblemException.conflict("A PROTOCOL_DECISION is signed by the chair alone: record its session and chair first");
        }
        if (recorded.stream().noneMatch(p -> p.state.equals(chair) && p.position == PositionKind.SIGNED)) {
            Position signature = positions.of(document.id, chair).orElseGet(Position::new);
            if (signature.id == null) {
                signature.id = Ids.newId();
                signature.documentId = document.id;
                signature.state = chair;
            }
            signature.position = PositionKind.SIGNED;
            signature.date = document.adoptedOn;
            positions.persist(signature);
        }
    }

    String chairOf(Document document) {
        if (document.sessionId == null) {
            return null;
        }
        return sessions.get(document.sessionId).chair;
    }

    /** Recomputes the stored entry-into-force and termination columns from ratifications and relations. */
    void refreshForce(Document document) {
        Map<String, LocalDate> notifications = new LinkedHashMap<>();
        if (document.ratificationRequired && document.createdAt != null) {
            for (Ratification r : ratifications.ofDocument(document.id)) {
                notifications.put(r.state, r.notifiedOn);
            }
        }
        List<RelationType> terminating = document.createdAt == null ? List.of() : relations.terminatingTypesInto(document.id);
        document.terminatedAs = terminating.contains(RelationType.REPEALS) ? LegalForce.REPEALED.name()
                : terminating.contains(RelationType.SUPERSEDES) ? LegalForce.SUPERSEDED.name() : null;
        LegalForcePolicy facts = facts(document, notifications);
        document.entryIntoForce = facts.entryIntoForce();
        document.fullForceFrom = facts.fullForceFrom();
    }

    static LegalForcePolicy facts(Document document, Map<String, LocalDate> notifications) {
        return new LegalForcePolicy(document.adoptionStatus, document.adoptedOn, document.validFrom, document.validTo,
                document.ratificationRequired, document.notificationsForEntryIntoForce, notifications, document.terminatedAs);
    }

    private void apply(Document document, DocumentInput input) {
        Texts.requireRussian("titles", input.titles());
        if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom");
        }
        Session session = null;
        if (input.session() != null) {
            try {
                session = sessions.get(input.session());
            } catch (ProblemException notFound) {
                throw ProblemException.invalidField("session", "unknown session " + input.session());
            }
        }
        String body = input.body() != null ? referenceData.requireBody("body", input.body()) : session == null ? null : session.body;
        if (session != null && !session.body.equals(body)) {
            throw ProblemException.invalidField("body", "must be the session's body (" + session.body + ")");
        }
        boolean ratification = Boolean.TRUE.equals(input.ratificationRequired());
        if (!ratification && input.notificationsForEntryIntoForce() != null) {
            throw ProblemException.invalidField("notificationsForEntryIntoForce", "applies only when ratificationRequired is true");
        }
        if (input.adoptedOn() != null && input.adoptedOn().isAfter(time.today())) {
            throw ProblemException.invalidField("adoptedOn", "must not be in the future");
        }
        document.type = input.type();
        document.titles = LocalizedText.of(input.titles());
        document.summaries = LocalizedText.of(input.summaries());
        document.body = body;
        document.sessionId = session == null ? null : session.id;
        document.adoptedOn = input.adoptedOn();
        document.consideredOn = input.adoptedOn() != null ? input.adoptedOn() : session == null ? null : session.startDate;
        document.validFrom = input.validFrom();
        document.validTo = input.validTo();
        document.ratificationRequired = ratification;
        document.notificationsForEntryIntoForce = input.notificationsForEntryIntoForce();
        document.tags.clear();
        if (input.tags() != null) {
            for (String tag : input.tags()) {
                document.tags.add(tag.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        document.attachments.clear();
        if (input.attachments() != null) {
            for (AttachmentView view : input.attachments()) {
                Attachment attachment = new Attachment();
                attachment.title = view.title().strip();
                attachment.language = view.language();
                attachment.mediaType = view.mediaType();
                attachment.url = view.url();
                attachment.sha256 = view.sha256();
                document.attachments.add(attachment);
            }
        }
        document.notes = Strings.blankToNull(input.notes());
    }

    /** BODY-YEAR-NN (DOC- without a body), numbered after the highest reference of that prefix. */
    private String nextReference(Document document) {
        LocalDate date = document.consideredOn != null ? document.consideredOn : time.today();
        String prefix = (document.body == null ? "DOC" : document.body) + "-" + date.getYear() + "-";
        int highest = 0;
        for (String reference : documents.referencesStartingWith(prefix)) {
            String rest = reference.substring(prefix.length());
            if (rest.matches("\\d{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(rest));
            }
        }
        return prefix + String.format("%02d", highest + 1);
    }
}
