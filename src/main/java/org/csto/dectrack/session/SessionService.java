package org.csto.dectrack.session;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.session.SessionInputs.SessionInput;
import org.csto.dectrack.session.SessionViews.AgendaItemView;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** Rules and transactions for sessions. */
@ApplicationScoped
public class SessionService {
    @Inject SessionRepository sessions;
    @Inject ReferenceData referenceData;
    @Inject TimeSource time;
    @Inject Instance<SessionDocuments> references;
    @Inject MergePatch patches;

    public Session get(UUID id) {
        return ProblemException.requireFound(id == null ? null : sessions.findById(id), "Session",
                ResourceKey.of(ResourceType.SESSION, id));
    }

    /**
     * The session's view lists its documents, so a change to one of them is a change of the session: this bumps its
     * version (its ETag) under a row lock. Does nothing for null.
     */
    public void documentsChanged(UUID sessionId) {
        if (sessionId != null) {
            sessions.lockedForChange(sessionId);
        }
    }

    public List<SessionDocument> documentsOf(UUID id, Lang lang) {
        List<SessionDocument> documents = new ArrayList<>();
        for (SessionDocuments reference : references) {
            documents.addAll(reference.documentsOf(id, lang));
        }
        return documents;
    }

    @Transactional
    public Session create(@NotNull @Valid SessionInput input) {
        return create(input, false);
    }

    /** Records a session; a second one of the same body on the same day is a 409 unless {@code allowDuplicate}. */
    @Transactional
    public Session create(@NotNull @Valid SessionInput input, boolean allowDuplicate) {
        Session session = new Session();
        session.id = Ids.newId();
        apply(session, input, allowDuplicate);
        sessions.persist(session);
        sessions.flush();
        return session;
    }

    @Transactional
    public Session replace(UUID id, String ifMatch, @NotNull @Valid SessionInput input, boolean allowDuplicate) {
        Session session = get(id);
        Etags.require(ifMatch, session.version);
        LocalDate previousStart = session.startDate;
        apply(session, input, allowDuplicate);
        sessions.flush();
        if (!previousStart.equals(session.startDate)) {
            for (SessionDocuments reference : references) {
                reference.sessionRescheduled(id, session.startDate);
            }
        }
        return session;
    }

    /** A JSON merge patch of the session ({@link MergePatch}), then the rules of {@link #replace}. */
    @Transactional
    public Session patch(UUID id, String ifMatch, JsonNode patch, boolean allowDuplicate) {
        Session session = get(id);
        Etags.require(ifMatch, session.version);
        return replace(id, ifMatch, patches.apply(SessionInput.of(session), patch, SessionInput.class), allowDuplicate);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Session session = get(id);
        Etags.require(ifMatch, session.version);
        long referring = 0;
        for (SessionDocuments reference : references) {
            referring += reference.countReferring(id);
        }
        if (referring > 0) {
            throw ProblemException.conflict("session.undeletable", referring);
        }
        sessions.delete(session);
        sessions.flush();
    }

    private void apply(Session session, SessionInput input, boolean allowDuplicate) {
        LocalDate start = input.startDate();
        LocalDate end = input.endDate() == null ? start : input.endDate();
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("endDate", "notBefore", "startDate");
        }
        SessionStatus status = input.status() == null ? SessionStatus.PLANNED : input.status();
        if (status == SessionStatus.HELD && start.isAfter(time.today())) {
            throw ProblemException.invalidField("status", "session.heldFuture");
        }
        session.body = referenceData.requireBody("body", input.body());
        if (!allowDuplicate) {
            sessions.sameDay(session.body, start, session.id).ifPresent(other -> {
                throw ProblemException.conflict("session.duplicate", other.body, start, other.id);
            });
        }
        session.kind = input.kind() == null ? SessionKind.REGULAR : input.kind();
        session.format = input.format() == null ? SessionFormat.IN_PERSON : input.format();
        session.status = status;
        session.startDate = start;
        session.endDate = end;
        session.city = Strings.blankToNull(input.city());
        session.hostCountry = input.hostCountry() == null ? null : referenceData.requireState("hostCountry", input.hostCountry());
        session.chair = input.chair() != null ? referenceData.requireState("chair", input.chair())
                : referenceData.chairOn(start).orElse(null);
        List<String> attendees = input.attendees() == null ? List.of() : input.attendees();
        referenceData.requireStates("attendees", attendees);
        session.attendees.clear();
        session.attendees.addAll(new TreeSet<>(attendees));
        session.agenda.clear();
        if (input.agenda() != null) {
            for (int i = 0; i < input.agenda().size(); i++) {
                AgendaItemView item = input.agenda().get(i);
                Texts.requireRussian("agenda[" + i + "].titles", item.titles());
                AgendaItem agendaItem = new AgendaItem();
                agendaItem.titles = LocalizedText.of(item.titles());
                agendaItem.outcome = Strings.blankToNull(item.outcome());
                session.agenda.add(agendaItem);
            }
        }
        if (sessions.isPersistent(session)) {
            requireAgendaItemsKept(session.id, session.agenda.size());
        }
        session.notes = Strings.blankToNull(input.notes());
    }

    /** 409 when documents stand under agenda items that an agenda of {@code items} items would lose. */
    private void requireAgendaItemsKept(UUID id, int items) {
        List<String> under = new ArrayList<>();
        for (SessionDocuments reference : references) {
            under.addAll(reference.underAgendaItemsAbove(id, items));
        }
        if (!under.isEmpty()) {
            throw ProblemException.conflict("session.agendaItemsInUse", items, String.join(", ", under));
        }
    }
}
