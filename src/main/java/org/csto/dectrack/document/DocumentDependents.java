package org.csto.dectrack.document;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by features whose records carry a document out (measures), so that a document they need is not deleted
 * from under them, without the document feature depending on them.
 */
public interface DocumentDependents {
    /** Why the document cannot be deleted, e.g. "3 measure(s) carry it out"; empty when nothing of this feature needs it. */
    Optional<String> blockingDeletion(UUID documentId);
}
