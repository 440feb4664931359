package org.csto.dectrack.shared.history;

import java.util.Set;
import org.csto.dectrack.shared.security.Marking;

/**
 * A resource's state as the change record keeps it: its version, its language-neutral view (a Jackson-serialisable
 * object) with the fields computed for a day named so that they are left out, the id of what it belongs to (a
 * measure's document, a document's session; null for none) so that what an owner held at an instant can be found, and
 * the marking of the document it is or belongs to (null for what is not classified), so that the entry is seen by
 * those who may see the document ({@link org.csto.dectrack.shared.security.Visibility}).
 */
public record VersionedState(long version, Object view, Set<String> computedForTheDay, String owner, Marking marking) {
    /** The state of something no classification applies to. */
    public VersionedState(long version, Object view, Set<String> computedForTheDay, String owner) {
        this(version, view, computedForTheDay, owner, null);
    }
}
