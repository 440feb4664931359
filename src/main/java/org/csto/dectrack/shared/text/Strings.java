package org.csto.dectrack.shared.text;

/** Small text rules shared by the features. */
public final class Strings {
    private Strings() {
    }

    /** Trimmed text, or null when there is nothing but white space. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A LIKE pattern matching values that contain {@code text} literally; the query must say {@code escape '!'}. */
    public static String containsPattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
