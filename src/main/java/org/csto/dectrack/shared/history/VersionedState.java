package org.csto.dectrack.shared.history;

/**
 * A resource's state as the change record keeps it: its version and its language-neutral view (a Jackson-serialisable
 * object), with the fields computed for a day named so that they are left out.
 */
public record VersionedState(long version, Object view, java.util.Set<String> computedForTheDay) {
}
