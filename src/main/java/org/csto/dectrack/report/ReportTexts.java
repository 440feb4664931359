package org.csto.dectrack.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.csto.dectrack.shared.i18n.Lang;

/** The annual report's labels in one language, from {@code i18n/report_<lang>.properties}. */
public final class ReportTexts {
    private final ResourceBundle bundle;
    private final Lang lang;

    private ReportTexts(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("i18n.report", lang == Lang.EN ? Locale.ENGLISH : Locale.forLanguageTag("ru"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportTexts in(Lang lang) {
        return new ReportTexts(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The label of {@code key}, with {@code {0}}... filled from {@code arguments}. */
    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(arguments);
    }
}
