package org.csto.dectrack.shared.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.csto.dectrack.shared.text.Strings;

/** A text in Russian (authentic) and English (working translation); columns are named by the owner. */
@Embeddable
public class LocalizedText {
    @Column(length = 4000)
    public String ru;

    @Column(length = 4000)
    public String en;

    public LocalizedText() {
    }

    public LocalizedText(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    public static LocalizedText of(Texts texts) {
        return texts == null ? new LocalizedText() : new LocalizedText(Strings.blankToNull(texts.ru()), Strings.blankToNull(texts.en()));
    }

    public Texts toTexts() {
        return new Texts(ru, en);
    }

    /** The text in the requested language, falling back to Russian. */
    public String in(Lang lang) {
        return lang == Lang.EN && en != null ? en : ru != null ? ru : en;
    }
}
