package org.csto.dectrack.support;

import java.util.Map;

/** Measures for tests: a PLANNED measure led by KZ, weight 1, titled with a unique word, with no dates unless overridden. */
public final class Measures extends Builder<Measures> {
    private Measures(String key, String id) {
        super("/api/v1/measures");
        String word = Unique.word();
        with(key, id).with("titles", Map.of("ru", "Мера " + word, "en", "Measure " + word)).with("lead", "KZ").with("weight", 1);
    }

    /** A top-level measure of a document. */
    public static Measures of(String document) {
        return new Measures("document", document);
    }

    /** A sub-measure. */
    public static Measures under(String parent) {
        return new Measures("parent", parent);
    }

    /** The same title in Russian and English. */
    public Measures titled(String title) {
        return with("titles", Map.of("ru", title, "en", title));
    }
}
