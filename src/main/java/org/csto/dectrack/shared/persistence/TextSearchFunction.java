package org.csto.dectrack.shared.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code text_search(terms, tsquery)} in HQL: on PostgreSQL {@code to_tsvector('simple', terms) @@ to_tsquery('simple',
 * tsquery)}, the expression the GIN index {@code document_search_idx} is built on (HQL has no {@code @@}). Registered
 * through {@code META-INF/services}; other databases do not have it (H2 searches its word index instead).
 */
public class TextSearchFunction implements FunctionContributor {
    public static final String NAME = "text_search";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        if (functions.getDialect() instanceof PostgreSQLDialect) {
            functions.getFunctionRegistry().registerPattern(NAME,
                    "(to_tsvector('simple', ?1) @@ to_tsquery('simple', ?2))",
                    functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
        }
    }
}
