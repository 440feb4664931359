package org.csto.dectrack.implementation;

import java.util.Collection;
import java.util.UUID;

/**
 * Implemented by the feature that records activities, so that a progress report can cite them as evidence without this
 * feature depending on that one.
 */
public interface CitedActivities {
    /** Fails with a 400 naming {@code field}[i] when an id is no recorded activity. */
    void requireRecorded(String field, Collection<UUID> ids);
}
