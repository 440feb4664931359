package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.session.SessionDocument;
import org.csto.dectrack.session.SessionDocuments;
import org.csto.dectrack.shared.i18n.Lang;

/** Tells the session feature which documents belong to a session. */
@ApplicationScoped
public class DocumentsOfSession implements SessionDocuments {
    @Inject DocumentRepository documents;

    @Override
    public long countReferring(UUID sessionId) {
        return documents.count("sessionId", sessionId);
    }

    /** Documents not yet adopted are dated by their session; adopted ones keep their adoption date. */
    @Override
    public void sessionRescheduled(UUID sessionId, LocalDate startDate) {
        documents.update("consideredOn = ?1 where sessionId = ?2 and adoptedOn is null", startDate, sessionId);
    }

    @Override
    public List<String> underAgendaItemsAbove(UUID sessionId, int items) {
        return documents.find("select reference from Document where sessionId = ?1 and agendaItem > ?2 order by reference",
                sessionId, items).project(String.class).list();
    }

    @Override
    public List<SessionDocument> documentsOf(UUID sessionId, Lang lang) {
        return documents.ofSession(sessionId).stream()
                .map(d -> new SessionDocument(d.id, d.reference, d.type.name(), d.titles.toTexts(), d.titles.in(lang),
                        d.adoptionStatus.name(), d.agendaItem))
                .toList();
    }
}
