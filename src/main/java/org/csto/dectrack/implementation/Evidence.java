package org.csto.dectrack.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link that backs up a progress report (minutes, a press release, a delivery note). */
@Embeddable
public class Evidence {
    @Column(length = 500)
    public String title;

    @Column(nullable = false, length = 2000)
    public String url;

    public static Evidence of(String title, String url) {
        Evidence evidence = new Evidence();
        evidence.title = title;
        evidence.url = url;
        return evidence;
    }
}
