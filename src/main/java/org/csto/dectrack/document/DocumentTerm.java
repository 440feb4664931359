package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * One stem of a document's search terms, a row of H2's word index ({@link DocumentSearch}): H2 has no inverted index, so
 * the terms are kept one per row under a B-tree on (term, document). PostgreSQL leaves the table empty and searches the
 * document's own {@code search_terms} through a GIN index.
 */
@Entity
@Table(name = "document_term")
@IdClass(DocumentTerm.Key.class)
public class DocumentTerm {
    @Id
    @Column(nullable = false, length = 60)
    public String term;

    @Id
    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    /** The composite key. */
    public record Key(String term, UUID documentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
