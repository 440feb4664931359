package org.csto.dectrack.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.csto.dectrack.shared.text.SearchTerms;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plans of the hot lists on data of scale S ({@link DataGenerator}, 1,000 documents, 9,437 measures), on the suite's
 * database: the search reads its index (PostgreSQL: the GIN index of full-text search; H2: the word index), the party
 * measure lists read measure_lead_order_idx in order, and neither scans the table. The data goes to a database of its
 * own (H2: a file under target; PostgreSQL: the schema plan_s of the suite's database), so the other tests keep theirs.
 *
 * <p>The statements are those the service's lists run (DocumentQueries with DocumentSearch, MeasureQueries), written out
 * in SQL with their filters, order and limit, because EXPLAIN needs values where Hibernate's statements have placeholders.
 */
@QuarkusTest
class QueryPlanTest {
    private static final String SCHEMA = "plan_s";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String OPEN = "('PLANNED', 'IN_PROGRESS', 'SUSPENDED')";
    private static boolean loaded;

    @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url;
    @ConfigProperty(name = "quarkus.datasource.username") String user;
    @ConfigProperty(name = "quarkus.datasource.password") String password;

    private boolean postgres() {
        return dbKind.startsWith("postgres");
    }

    private String planUrl() {
        return postgres() ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                : "jdbc:h2:file:" + Path.of("target/h2/plan-s/dectrack").toAbsolutePath();
    }

    @BeforeEach
    void loadScaleS() throws Exception {
        if (loaded) {
            return;
        }
        if (postgres()) {
            try (Connection db = DriverManager.getConnection(url, user, password); Statement s = db.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
                s.execute("create schema " + SCHEMA);
            }
        } else if (Files.exists(Path.of("target/h2/plan-s"))) {
            try (Stream<Path> files = Files.walk(Path.of("target/h2/plan-s"))) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Flyway.configure().dataSource(planUrl(), user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(planUrl(), user, password)) {
            db.setAutoCommit(false);
            new DataGenerator(db, 20241128L, TODAY).generate(DataGenerator.Scale.of("S"));
            db.commit();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute(postgres() ? "vacuum analyze" : "analyze");
            }
        }
        loaded = true;
    }

    /** The plan of a statement, as one text. */
    private String plan(String sql, Object... values) throws SQLException {
        try (Connection db = DriverManager.getConnection(planUrl(), user, password);
             PreparedStatement explain = db.prepareStatement("explain " + sql)) {
            for (int i = 0; i < values.length; i++) {
                explain.setObject(i + 1, values[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** The condition of q (one word) as DocumentSearch writes it, and its values. */
    private String searchCondition() {
        return postgres() ? "to_tsvector('simple', d.search_terms) @@ to_tsquery('simple', ?)"
                : "d.id in (select t.document_id from document_term t where t.term >= ? and t.term < ?)";
    }

    private Object[] searchValues(String word, Object... more) {
        List<String> stems = SearchTerms.query(word);
        Stream<Object> search = postgres() ? Stream.of(SearchTerms.tsquery(stems))
                : Stream.of(stems.get(0), SearchTerms.upperBound(stems.get(0)));
        return Stream.concat(search, Stream.of(more)).toArray();
    }

    /**
     * PostgreSQL: the GIN index, or (with a filter that selects fewer documents, such as a year) that filter's index with
     * the text condition on the few rows it finds, or for a frequent word the list's order walked; never a sequential
     * scan. H2: the word index, then documents by id.
     */
    private void assertSearchUsesItsIndex(String plan, boolean alone) {
        if (postgres()) {
            // a word in many documents: the planner may walk the list's order (document_page_order_idx) instead
            assertTrue(alone ? plan.contains("document_search_idx") || plan.contains("document_page_order_idx") : plan.contains("Index"),
                    plan);
            assertFalse(plan.contains("Seq Scan"), plan);
        } else {
            assertTrue(plan.matches("(?s).*PUBLIC\\.PRIMARY_KEY_\\w+: TERM >= .*"), "word index range: " + plan);
            assertTrue(plan.matches("(?s).*PUBLIC\\.PRIMARY_KEY_\\w+: ID IN\\(SELECT.*"), "documents by id: " + plan);
            assertFalse(plan.contains("tableScan"), plan);
        }
    }

    @Test
    void searchAloneAndWithFiltersReadsTheIndex() throws SQLException {
        String page = "select d.id from document d where %s order by d.adopted_on desc nulls last, d.reference asc nulls last, "
                + "d.id asc offset 0 rows fetch next 20 rows only";
        assertSearchUsesItsIndex(plan(page.formatted(searchCondition()), searchValues("границы")), true);
        assertSearchUsesItsIndex(plan(page.formatted(searchCondition() + " and d.type = ?"), searchValues("border", "DECISION")),
                false);
        assertSearchUsesItsIndex(plan(page.formatted(searchCondition() + " and d.considered_on >= ? and d.considered_on <= ?"),
                searchValues("training", LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31))), false);
        assertSearchUsesItsIndex(plan("select count(d.id) from document d where " + searchCondition(), searchValues("terrorism")),
                true);
    }

    /**
     * A word in more documents than the search's threshold: the page walks document_page_order_idx in the list's order
     * and tests each document against the index (H2: the word index from the document's side, index sorted, so it stops
     * after the page); PostgreSQL chooses between that walk and the GIN index by its statistics, never a sequential scan.
     */
    @Test
    void aFrequentWordsPageWalksTheListsOrder() throws SQLException {
        String order = " order by d.adopted_on desc nulls last, d.reference asc nulls last, d.id asc offset 0 rows fetch next 21 rows only";
        if (postgres()) {
            String plan = plan("select d.id from document d where " + searchCondition() + order, searchValues("decision"));
            assertTrue(plan.contains("document_page_order_idx") || plan.contains("document_search_idx"), plan);
            assertFalse(plan.contains("Seq Scan"), plan);
        } else {
            String walk = "exists (select 1 from document_term t where t.document_id = d.id and t.term >= ? and t.term < ?)";
            // with a type, written as DocumentQueries writes it on a walk (an expression, so not its own index)
            for (String filter : List.of("", " and cast(d.type as varchar) = 'DECISION'")) {
                String plan = plan("select d.id from document d where " + walk + filter + order, searchValues("decision"));
                assertTrue(plan.contains("DOCUMENT_PAGE_ORDER_IDX"), plan);
                assertTrue(plan.contains("DOCUMENT_TERM_DOCUMENT_TERM_IDX"), plan);
                assertTrue(plan.contains("/* index sorted */"), plan);
            }
        }
    }

    /**
     * The links a roll-up follows (RelationRepository.touching): each branch of the union reads the relations of the
     * given documents through an index, never every relation (with "or" across both ends, H2 read them all: 2 req/s at L).
     */
    @Test
    void aRollUpsLinksAreReadThroughTheRelationIndexes() throws SQLException {
        String id;
        try (Connection db = DriverManager.getConnection(planUrl(), user, password); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select source_id from document_relation where type = 'APPROVES' order by source_id")) {
            assertTrue(rs.next(), "scale S has APPROVES relations");
            id = rs.getString(1);
        }
        String select = "select s.id, s.reference, t.id, t.reference, r.type from document_relation r "
                + "join document s on s.id = r.source_id join document t on t.id = r.target_id ";
        String plan = plan(select + "where r.type in ('APPROVES') and s.id in (?) union all "
                + select + "where r.type in ('IMPLEMENTS') and t.id in (?)", UUID.fromString(id), UUID.fromString(id));
        if (postgres()) {
            assertFalse(plan.contains("Seq Scan on document_relation"), plan);
        } else {
            assertFalse(plan.contains("tableScan"), plan);
        }
    }

    /**
     * The page comes from an index in order: H2 reads measure_lead_order_idx sorted; PostgreSQL picks by its statistics
     * between that index and measure_due_idx (all parties' measures by due date, the lead as a filter, an incremental sort
     * of equal due dates), and never scans the table or sorts every match.
     */
    private void assertMeasuresInIndexOrder(String plan) {
        if (postgres()) {
            assertTrue(plan.contains("Index Scan using measure_lead_order_idx") || plan.contains("Index Scan using measure_due_idx"),
                    plan);
            assertFalse(plan.contains("Seq Scan"), plan);
            assertFalse(plan.lines().map(line -> line.strip().replaceFirst("^->\\s*", "")).anyMatch(node -> node.startsWith("Sort  ")),
                    "no full sort: " + plan);
        } else {
            assertTrue(plan.contains("MEASURE_LEAD_ORDER_IDX"), plan);
            assertTrue(plan.contains("/* index sorted */"), plan);
        }
    }

    @Test
    void aPartysMeasuresComeInIndexOrderAndAreCountedFromTheIndex() throws SQLException {
        String order = " order by m.lead_code asc, m.due_date asc nulls last, m.reference asc nulls last, m.id asc "
                + "offset 0 rows fetch next 20 rows only";
        String overdue = "m.lead_code = ? and m.due_date < ? and m.status in " + OPEN;
        assertMeasuresInIndexOrder(plan("select m.id, m.title_ru from measure m where " + overdue + order, "TJ", TODAY));
        String open = "m.lead_code = ? and m.status in " + OPEN;
        assertMeasuresInIndexOrder(plan("select m.id, m.title_ru from measure m where " + open + order, "RU"));
        for (String count : List.of("select count(m.id) from measure m where " + overdue, "select count(m.id) from measure m where " + open)) {
            String plan = count.contains("due_date") ? plan(count, "KZ", TODAY) : plan(count, "KZ");
            if (postgres()) {
                assertTrue(plan.contains("Index Only Scan using measure_lead_order_idx"), plan);
            } else {
                assertTrue(plan.contains("MEASURE_LEAD_ORDER_IDX"), plan);
                assertFalse(plan.contains("tableScan"), plan);
            }
        }
    }
}
