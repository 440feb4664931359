package org.csto.dectrack.shared.paging;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a list may be sorted by: its sort keys (API key, JPQL expression and the Java type of its value, in the order
 * they are documented), the sort used when the caller gives none, and the id appended last so that pages are stable.
 * The types are what a {@link Cursor} reads a key's value back as, so that a cursor binds a date as a date and a
 * number as a number. Every list also sorts by {@code updatedAt}, the audit column all entities have, for incremental
 * reads; {@link #updatedAt()} is also what {@code updatedSince} compares with.
 */
public record Sorting(Map<String, SortKey> keys, String defaultSort, SortKey id) {
    /** One sort key: its API name, its JPQL expression and the type of its value (one {@link Cursor} can carry). */
    public record SortKey(String name, String expression, Class<?> type) {
        public SortKey {
            Cursor.requireSupported(type);
        }
    }

    public static SortKey key(String name, String expression, Class<?> type) {
        return new SortKey(name, expression, type);
    }

    /**
     * A list of an audited entity, whose id is a UUID: the keys given, then {@code updatedAt}.
     *
     * @param id the JPQL expression of the id, such as {@code d.id}; its alias is the entity's
     */
    public static Sorting of(String id, String defaultSort, SortKey... keys) {
        Map<String, SortKey> all = byName(keys);
        all.put("updatedAt", key("updatedAt", id.substring(0, id.indexOf('.') + 1) + "updatedAt", Instant.class));
        return new Sorting(Collections.unmodifiableMap(all), defaultSort, key("id", id, UUID.class));
    }

    /** A list of something else, with exactly these keys; one of them must be named {@code updatedAt}. */
    public static Sorting exactly(SortKey id, String defaultSort, SortKey... keys) {
        Map<String, SortKey> all = byName(keys);
        if (!all.containsKey("updatedAt")) {
            throw new IllegalArgumentException("every list sorts by updatedAt");
        }
        return new Sorting(Collections.unmodifiableMap(all), defaultSort, id);
    }

    private static Map<String, SortKey> byName(SortKey... keys) {
        Map<String, SortKey> all = new LinkedHashMap<>();
        for (SortKey key : keys) {
            all.put(key.name(), key);
        }
        return all;
    }

    /** The key {@code updatedSince} compares with: when an item was last created or changed. */
    public SortKey updatedAt() {
        return keys.get("updatedAt");
    }
}
