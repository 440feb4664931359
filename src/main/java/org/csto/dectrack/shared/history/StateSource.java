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
}
