package org.csto.dectrack.shared.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csto.dectrack.shared.i18n.Lang;

/**
 * A text of a problem (a detail or a violation's message) in the caller's language: a key of the {@code i18n/problems}
 * bundles (English in {@code problems.properties}, Russian in {@code problems_ru.properties}) with its arguments, put in
 * for {@code {0}}, {@code {1}}…. A key the bundles do not have is the text itself, in English in both languages.
 */
public record ProblemText(String key, Object... args) {
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
    private static final ResourceBundle RUSSIAN = bundle(Locale.forLanguageTag("ru"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.problems", locale, ProblemText.class.getClassLoader(), NO_FALLBACK);
    }

    /** The title of a kind of problem. */
    public static String title(ProblemType type, Lang lang) {
        return pattern("title." + type.name(), lang, type.title);
    }

    public String in(Lang lang) {
        String pattern = pattern(key, lang, key);
        if (args.length == 0) {
            return pattern;
        }
        // one pass, so that an argument that reads "{1}" stays as it is
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            int i = Integer.parseInt(placeholder.group(1));
            String value = i < args.length ? String.valueOf(args[i] instanceof ProblemText nested ? nested.in(lang) : args[i])
                    : placeholder.group();
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** This text when the bundles know its key, else {@code literal} as it is. */
    public ProblemText knownOr(String literal) {
        return ENGLISH.containsKey(key) ? this : new ProblemText(literal);
    }

    private static String pattern(String key, Lang lang, String otherwise) {
        try {
            return (lang == Lang.RU ? RUSSIAN : ENGLISH).getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            return otherwise;
        }
    }

    @Override
    public String toString() {
        return in(Lang.EN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemText text && key.equals(text.key) && Arrays.equals(args, text.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
