package org.csto.dectrack.shared.history;

import java.util.List;
import java.util.Optional;

/** Reads the current state of one type of resource for the change record; empty when the resource no longer exists. */
public interface StateSource {
    ResourceType type();

    Optional<VersionedState> current(String id);

    /**
     * The ids of rows that may predate the change record (reference data from the schema's migrations): each one that
     * has no entry yet gets its first at startup ({@link ChangeBaseline}). Empty for resources only the API creates.
     */
    default List<String> preexisting() {
        return List.of();
    }

    /**
     * Where the state names documents: a caller who may not see one of them ({@link org.csto.dectrack.shared.security.Visibility})
     * reads the state back without that element ({@link RecordedStates}). Empty for states that name none.
     */
    default List<Mention> mentions() {
        return List.of();
    }

    /**
     * An array of the state that names documents, and where each element holds the document's id (JSON Pointers).
     *
     * @param list e.g. {@code /relations/outgoing}
     * @param id e.g. {@code /document/id}
     */
    record Mention(String list, String id) {
    }
}
