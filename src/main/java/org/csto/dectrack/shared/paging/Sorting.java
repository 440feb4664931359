package org.csto.dectrack.shared.paging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a list may be sorted by: its sort keys (API key to JPQL expression, in the order they are documented), the sort
 * used when the caller gives none, and the id expression appended last so that pages are stable. Every list also sorts
 * by {@code updatedAt}, the audit column all entities have, for incremental reads.
 */
public record Sorting(Map<String, String> keys, String defaultSort, String id) {
    /** @param keysAndExpressions an API key, its JPQL expression, the next key, its expression… */
    public static Sorting of(String id, String defaultSort, String... keysAndExpressions) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndExpressions.length; i += 2) {
            keys.put(keysAndExpressions[i], keysAndExpressions[i + 1]);
        }
        keys.put("updatedAt", id.substring(0, id.indexOf('.') + 1) + "updatedAt");
        return new Sorting(keys, defaultSort, id);
    }
}
