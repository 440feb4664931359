package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.csto.dectrack.shared.persistence.TextSearchFunction;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.text.SearchTerms;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where {@code q} is looked up, per database ({@link SearchTerms} decides what matches): on PostgreSQL full-text search
 * over the GIN index on {@code to_tsvector('simple', search_terms)} (the stems are computed by {@link SearchTerms}, so the
 * {@code simple} configuration only splits them); on H2 the word index {@link DocumentTerm}, kept in the writing
 * transaction, one range scan of its primary key per query word. Neither reads every document.
 */
@ApplicationScoped
public class DocumentSearch {
    private final boolean postgres;

    @Inject EntityManager em;

    public DocumentSearch(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.postgres = dbKind.toLowerCase().startsWith("postgres");
    }

    /** Refreshes the document's terms (call after {@link Document#refreshSearchTerms}, in the writing transaction). */
    void index(Document document) {
        if (postgres) {
            return;
        }
        em.createQuery("delete from DocumentTerm t where t.documentId = :id").setParameter("id", document.id).executeUpdate();
        for (String stem : SearchTerms.stems(document.searchTerms)) {
            DocumentTerm term = new DocumentTerm();
            term.term = stem;
            term.documentId = document.id;
            em.persist(term);
        }
    }

    /** Adds the condition "matches {@code q}" on documents aliased {@code d}; a query with no word matches nothing. */
    void restrict(WhereClause where, String q) {
        List<String> stems = SearchTerms.query(q);
        if (stems.isEmpty()) {
            where.and("1 = 0");
        } else if (postgres) {
            where.and(TextSearchFunction.NAME + "(d.searchTerms, :tsquery)").bind("tsquery", SearchTerms.tsquery(stems));
        } else {
            for (int i = 0; i < stems.size(); i++) {
                where.and("d.id in (select t.documentId from DocumentTerm t where t.term >= :stem%d and t.term < :stemEnd%d)"
                                .formatted(i, i))
                        .bind("stem" + i, stems.get(i)).bind("stemEnd" + i, SearchTerms.upperBound(stems.get(i)));
            }
        }
    }
}
