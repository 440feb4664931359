package org.csto.dectrack.shared.history;

/** One resource of the change record: its type and its id as the URL spells it (a UUID, a code or a year). */
public record ResourceKey(ResourceType type, String id) {
    public static ResourceKey of(ResourceType type, Object id) {
        return new ResourceKey(type, String.valueOf(id));
    }
}
