package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csto.dectrack.shared.persistence.TextSearchFunction;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.text.SearchTerms;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where {@code q} is looked up, per database ({@link SearchTerms} decides what matches): on PostgreSQL full-text search
 * over the GIN index on {@code to_tsvector('simple', search_terms)} (the stems are computed by {@link SearchTerms}, so the
 * {@code simple} configuration only splits them); on H2 the word index {@link DocumentTerm}, kept in the writing
 * transaction. Neither reads every document.
 *
 * <p>How a page is found depends on how many documents match, which one statement on the index tells ({@link #match}:
 * a capped count on H2, the planner's estimate on PostgreSQL): a word found in few documents is looked up in the index and its documents sorted (H2: by id from the
 * word index; PostgreSQL: the GIN index); a word found in more than {@code dectrack.search.frequent-above} documents
 * (1,000) would make that read and sort thousands of documents for a page of twenty, so the page walks the list's
 * default order instead ({@code document_page_order_idx}) and stops once the page is full, testing each document
 * against the index (H2: {@code document_term_document_term_idx}; PostgreSQL's planner makes the same choice from its
 * statistics), and the list is not counted beyond the page ({@link WhereClause#pageUncounted}).
 */
@ApplicationScoped
public class DocumentSearch {
    private final boolean postgres;

    @Inject EntityManager em;

    /** The rows PostgreSQL's plan expects, in its first line: {@code Bitmap Heap Scan on document (cost=… rows=8370 …)}. */
    private static final Pattern ESTIMATED_ROWS = Pattern.compile("rows=(\\d+)");

    @ConfigProperty(name = "dectrack.search.frequent-above", defaultValue = "1000")
    int frequentAbove;

    public DocumentSearch(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.postgres = dbKind.toLowerCase().startsWith("postgres");
    }

    /**
     * What {@code q} asks for: its stems, and whether more than {@code dectrack.search.frequent-above} documents match
     * them all.
     */
    public record Match(List<String> stems, boolean frequent) {
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

    /**
     * The stems of {@code q} and whether they are frequent, in one statement that reads the index alone and is never
     * shown (native SQL, unfiltered by visibility: the figure only chooses how to read the page). H2: the documents
     * matching them all, counted up to one more than the threshold from the word index. PostgreSQL: the planner's
     * estimate of the rows matching, from the statistics it keeps on the GIN index's expression; counting them would
     * recheck each matching row's terms (35 ms for a thousand at scale L). Not asked when the page could not walk
     * ({@code walkable} false: another sort than the default), where the answer would change nothing.
     */
    Match match(String q, boolean walkable) {
        List<String> stems = SearchTerms.query(q);
        if (stems.isEmpty() || !walkable) {
            return new Match(stems, false);
        }
        if (postgres) {
            Object plan = em.createNativeQuery("explain select 1 from document "
                            + "where to_tsvector('simple', search_terms) @@ to_tsquery('simple', ?1)")
                    .setParameter(1, SearchTerms.tsquery(stems)).getResultList().get(0);
            Matcher rows = ESTIMATED_ROWS.matcher(plan.toString());
            return new Match(stems, rows.find() && Long.parseLong(rows.group(1)) > frequentAbove);
        }
        StringBuilder sql = new StringBuilder("select 1 from document_term t where t.term >= ?1 and t.term < ?2");
        List<Object> values = new ArrayList<>(List.of(stems.get(0), SearchTerms.upperBound(stems.get(0))));
        for (int i = 1; i < stems.size(); i++) {
            sql.append(" and exists (select 1 from document_term u where u.document_id = t.document_id and u.term >= ?")
                    .append(values.size() + 1).append(" and u.term < ?").append(values.size() + 2).append(')');
            values.add(stems.get(i));
            values.add(SearchTerms.upperBound(stems.get(i)));
        }
        Query count = em.createNativeQuery("select count(*) from (" + sql + " limit " + (frequentAbove + 1) + ") m");
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
        }
        return new Match(stems, ((Number) count.getSingleResult()).longValue() > frequentAbove);
    }

    /**
     * Adds the condition "matches" on documents aliased {@code d}; a query with no word matches nothing. On H2, for a
     * page that walks the list's order ({@code walk}), each document is tested against the word index (exists); else
     * the documents are found from it (in).
     */
    void restrict(WhereClause where, Match match, boolean walk) {
        List<String> stems = match.stems();
        if (stems.isEmpty()) {
            where.and("1 = 0");
        } else if (postgres) {
            where.and(TextSearchFunction.NAME + "(d.searchTerms, :tsquery)").bind("tsquery", SearchTerms.tsquery(stems));
        } else {
            String condition = walk
                    ? "exists (select 1 from DocumentTerm t%d where t%<d.documentId = d.id and t%<d.term >= :stem%<d and t%<d.term < :stemEnd%<d)"
                    : "d.id in (select t%d.documentId from DocumentTerm t%<d where t%<d.term >= :stem%<d and t%<d.term < :stemEnd%<d)";
            for (int i = 0; i < stems.size(); i++) {
                where.and(condition.formatted(i)).bind("stem" + i, stems.get(i)).bind("stemEnd" + i, SearchTerms.upperBound(stems.get(i)));
            }
        }
    }
}
