package org.csto.dectrack.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions for tests: a held, in-person regular CMD session in Minsk attended by RU, BY and KZ, unless overridden. Tests
 * share dates, so the builder records a session even when the body already has one that day ({@code allowDuplicate});
 * {@link #unlessDuplicate()} sends it as a client normally would.
 */
public final class Sessions extends Builder<Sessions> {
    private Sessions(LocalDate start) {
        super("/api/v1/sessions?allowDuplicate=true");
        with("body", "CMD").with("kind", "REGULAR").with("format", "IN_PERSON").with("status", "HELD")
                .with("startDate", start).with("city", "Minsk").with("attendees", List.of("RU", "BY", "KZ"));
    }

    public static Sessions held(LocalDate start) {
        return new Sessions(start);
    }

    /** The same session, sent without {@code allowDuplicate}: refused when the body already met that day. */
    public Sessions unlessDuplicate() {
        return to("/api/v1/sessions");
    }

    /** An agenda item as the API takes it; {@code outcome} may be null. */
    public static Map<String, Object> item(String ru, String en, String outcome) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("titles", Map.of("ru", ru, "en", en));
        if (outcome != null) {
            item.put("outcome", outcome);
        }
        return item;
    }
}
