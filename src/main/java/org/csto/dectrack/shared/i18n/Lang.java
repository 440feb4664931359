package org.csto.dectrack.shared.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The working languages. Russian is authentic and the fallback for any other request. */
public enum Lang {
    RU, EN;

    /** The first acceptable language we have, by the caller's Accept-Language order; Russian otherwise. */
    public static Lang from(HttpHeaders headers) {
        return preferred(headers, RU);
    }

    /** The language of problem details: Russian when the caller prefers it to English, English otherwise. */
    public static Lang ofProblems(HttpHeaders headers) {
        return preferred(headers, EN);
    }

    /** The same from the Accept-Language header's text (for what runs before JAX-RS). */
    public static Lang ofProblems(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0];
                if ("en".equalsIgnoreCase(language)) {
                    return EN;
                }
                if ("ru".equalsIgnoreCase(language)) {
                    return RU;
                }
            }
        } catch (RuntimeException malformedHeader) {
            return EN;
        }
        return EN;
    }

    /** The first acceptable language we have, by the caller's Accept-Language order; {@code otherwise} when none. */
    public static Lang preferred(HttpHeaders headers, Lang otherwise) {
        if (headers == null) {
            return otherwise;
        }
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                String language = locale.getLanguage();
                if ("en".equalsIgnoreCase(language)) {
                    return EN;
                }
                if ("ru".equalsIgnoreCase(language)) {
                    return RU;
                }
            }
        } catch (RuntimeException malformedHeader) {
            return otherwise;
        }
        return otherwise;
    }
}
