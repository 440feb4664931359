package org.csto.dectrack.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sessions for tests: a held, in-person regular CMD session in Minsk attended by RU, BY and KZ, unless overridden. */
public final class Sessions extends Builder<Sessions> {
    private Sessions(LocalDate start) {
        super("/api/v1/sessions");
        with("body", "CMD").with("kind", "REGULAR").with("format", "IN_PERSON").with("status", "HELD")
                .with("startDate", start).with("city", "Minsk").with("attendees", List.of("RU", "BY", "KZ"));
    }

    public static Sessions held(LocalDate start) {
        return new Sessions(start);
    }

    /** An agenda item as the API takes it; {@code outcome} may be null. */
    public static Map<String, Object> item(String ru, String en, String outcome) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("titles", Map.of("ru", ru, "en", en));
        if (outcome != null) {
            item.put("outcome", outcome);
        }
        return item;
    }
}
