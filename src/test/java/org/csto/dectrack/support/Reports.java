package org.csto.dectrack.support;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Progress reports for tests: filed today by SEC with a short text and nothing else, unless overridden. */
public final class Reports extends Builder<Reports> {
    private Reports(String measure) {
        super("/api/v1/measures/" + measure + "/reports");
        with("reportedOn", TestClock.today()).with("reportingParty", "SEC").with("texts", Map.of("ru", "Отчёт", "en", "Report"));
    }

    public static Reports on(String measure) {
        return new Reports(measure);
    }

    /** {@code count} evidence links. */
    public static List<Map<String, String>> evidence(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Map.of("title", "Minutes " + i, "url", "https://example.org/minutes/" + i)).toList();
    }
}
