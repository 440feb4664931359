package org.csto.dectrack.session;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.csto.dectrack.shared.i18n.LocalizedText;

/** One item of a session's agenda, in order. */
@Embeddable
public class AgendaItem {
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru", length = 4000)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 4000))})
    public LocalizedText titles = new LocalizedText();

    @Column(length = 2000)
    public String outcome;
}
