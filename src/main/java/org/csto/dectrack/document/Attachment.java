package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file of a document: the authentic text, a translation, an annex. */
@Embeddable
public class Attachment {
    @Column(nullable = false, length = 500)
    public String title;

    @Column(nullable = false, length = 8)
    public String language;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 64)
    public String sha256;
}
