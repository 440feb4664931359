package org.csto.dectrack.shared.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The working languages. Russian is authentic and the fallback for any other request. */
public enum Lang {
    RU, EN;

    /** The first acceptable language we have, by the caller's Accept-Language order; Russian otherwise. */
    public static Lang from(HttpHeaders headers) {
        if (headers == null) {
            return RU;
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
            return RU;
        }
        return RU;
    }
}
