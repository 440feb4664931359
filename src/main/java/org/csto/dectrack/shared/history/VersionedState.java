package org.csto.dectrack.shared.history;

import java.util.Set;

/**
 * A resource's state as the change record keeps it: its version, its language-neutral view (a Jackson-serialisable
 * object) with the fields computed for a day named so that they are left out, and the id of what it belongs to (a
 * measure's document, a document's session; null for none) so that what an owner held at an instant can be found.
 */
public record VersionedState(long version, Object view, Set<String> computedForTheDay, String owner) {
}
