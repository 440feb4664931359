package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    @Inject EntityManager em;

    @Override
    public long countReferring(UUID sessionId) {
        return em.createQuery("select count(d) from Document d where d.sessionId = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult();
    }

    /** Documents not yet adopted are dated by their session; adopted ones keep their adoption date. */
    @Override
    public void sessionRescheduled(UUID sessionId, LocalDate startDate) {
        em.createQuery("update Document d set d.consideredOn = :date where d.sessionId = :s and d.adoptedOn is null")
                .setParameter("date", startDate).setParameter("s", sessionId).executeUpdate();
    }

    @Override
    public List<SessionDocument> documentsOf(UUID sessionId, Lang lang) {
        return documents.ofSession(sessionId).stream()
                .map(d -> new SessionDocument(d.id, d.reference, d.type.name(), d.titles.toTexts(), d.titles.in(lang),
                        d.adoptionStatus.name()))
                .toList();
    }
}
