package org.csto.dectrack.session;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.i18n.Lang;

/**
 * Implemented by features whose records belong to a session (documents), so that the session feature can
 * show and protect them without depending on those features.
 */
public interface SessionDocuments {
    /** How many records of this feature refer to the session; a session with any cannot be deleted. */
    long countReferring(UUID sessionId);

    /** The session's dates changed: refresh whatever was derived from them, in the same transaction. */
    void sessionRescheduled(UUID sessionId, LocalDate startDate);

    /**
     * References of the records tied to the session's agenda items numbered above {@code items} (from 1): an agenda
     * cannot be cut while records stand under the items it would lose.
     */
    List<String> underAgendaItemsAbove(UUID sessionId, int items);

    /** What the session's view lists of them, in display order. */
    List<SessionDocument> documentsOf(UUID sessionId, Lang lang);
}
