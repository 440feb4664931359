package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.shared.text.SearchTerms;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Search through an index instead of {@code like '%word%'} over every document: {@code document.search_terms} (the stems
 * {@code SearchTerms} makes of the reference, titles and summaries) replaces {@code search_text}; PostgreSQL gets a GIN
 * index for full-text search on it, H2 the word index {@code document_term}. Java, because the stems of the documents
 * already recorded are computed by the service's own rule ({@link Document#searchTermsOf}).
 */
public class V8__search_terms extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = connection.createStatement()) {
            s.execute("alter table document add column search_terms varchar(20000)");
            // H2's word index (PostgreSQL keeps it empty): one row per stem and document, found by range on the stem.
            s.execute("create table document_term (term varchar(60) not null, "
                    + "document_id uuid not null references document (id) on delete cascade, primary key (term, document_id))");
            s.execute("create index document_term_document_idx on document_term (document_id)");
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select id, reference, title_ru, title_en, summary_ru, summary_en from document");
             PreparedStatement update = connection.prepareStatement("update document set search_terms = ? where id = ?");
             PreparedStatement term = connection.prepareStatement("insert into document_term (term, document_id) values (?, ?)")) {
            int pending = 0;
            while (rs.next()) {
                Object id = rs.getObject(1);
                String terms = Document.searchTermsOf(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6));
                update.setString(1, terms);
                update.setObject(2, id);
                update.addBatch();
                if (!postgres) {
                    for (String stem : SearchTerms.stems(terms)) {
                        term.setString(1, stem);
                        term.setObject(2, id);
                        term.addBatch();
                    }
                }
                if (++pending == 1000) {
                    update.executeBatch();
                    term.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
            term.executeBatch();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("alter table document alter column search_terms set not null");
            s.execute("alter table document drop column search_text");
            if (postgres) {
                s.execute("create index document_search_idx on document using gin (to_tsvector('simple', search_terms))");
            }
        }
    }
}
