package org.csto.dectrack.implementation;

import static org.csto.dectrack.support.Api.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /measures?atRisk=} and {@code ?overdue=} re-state in SQL the rule behind each measure's {@code atRisk} and
 * {@code overdue} fields: with either value, each filter returns exactly the measures whose field says that value.
 */
@QuarkusTest
class LatenessFilterResourceTest {
    static final LocalDate TODAY = TestClock.today();

    String document;

    /** A measure of the document (or under {@code parent}) with the dates given (each may be null), then its reports. */
    String measure(String parent, LocalDate start, LocalDate due, Object... reports) {
        String id = (parent == null ? Measures.of(document) : Measures.under(parent)).with("startDate", start).with("dueDate", due)
                .create();
        for (Object report : reports) {
            Reports on = Reports.on(id);
            if (report instanceof Integer progress) {
                on.with("progress", progress);
            } else {
                on.with("status", report).with("reason", "Test");
            }
            on.create();
        }
        return id;
    }

    /**
     * Measures around every boundary of the rules: due yesterday, today, in 30 and in 31 days; progress behind, level with
     * and ahead of the time elapsed; completed, cancelled and suspended; parents. With {@code undated}, also open measures
     * without a due date. Returns how many.
     */
    int population(boolean undated) {
        document = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        LocalDate yesterday = TODAY.minusDays(1);
        measure(null, TODAY.minusDays(20), yesterday);
        measure(null, TODAY.minusDays(20), yesterday, 50);
        measure(null, TODAY.minusDays(20), yesterday, 50, "COMPLETED");
        measure(null, TODAY.minusDays(20), yesterday, "CANCELLED");
        measure(null, TODAY.minusDays(20), yesterday, 50, "SUSPENDED");
        measure(null, TODAY.minusDays(20), TODAY);
        measure(null, TODAY.minusDays(20), TODAY, 99);
        measure(null, TODAY.minusDays(20), TODAY, 100);
        measure(null, TODAY.minusDays(30), TODAY.plusDays(30), 40);
        measure(null, TODAY.minusDays(30), TODAY.plusDays(30), 50);
        measure(null, TODAY.minusDays(30), TODAY.plusDays(30), 60);
        measure(null, TODAY.minusDays(31), TODAY.plusDays(31));
        measure(null, TODAY.minusDays(31), TODAY.plusDays(31), 10);
        measure(null, TODAY, TODAY.plusDays(10));
        measure(null, null, TODAY.plusDays(10));
        measure(null, TODAY.plusDays(10), TODAY.plusDays(10));
        measure(null, TODAY.plusDays(10), TODAY.plusDays(10), 100, "COMPLETED");
        measure(null, TODAY.minusDays(30), TODAY.plusDays(5), 10, "SUSPENDED");
        measure(null, TODAY.minusDays(30), TODAY.plusDays(5), "CANCELLED");
        String behind = measure(null, TODAY.minusDays(20), TODAY.plusDays(20));
        measure(behind, TODAY.minusDays(20), TODAY.plusDays(40), 40);
        measure(behind, TODAY.minusDays(20), TODAY.plusDays(60));
        String ahead = measure(null, TODAY.minusDays(20), yesterday);
        measure(ahead, TODAY.minusDays(20), TODAY.plusDays(40), 100, "COMPLETED");
        String done = measure(null, TODAY.minusDays(20), yesterday);
        measure(done, TODAY.minusDays(20), yesterday, 100, "COMPLETED");
        if (!undated) {
            return 26;
        }
        measure(null, null, null);
        measure(null, TODAY.minusDays(20), null, 10);
        measure(null, TODAY.minusDays(20), null, 10, "COMPLETED");
        return 29;
    }

    /** For either value of {@code flag}, the filter returns exactly the document's measures whose field has that value. */
    void assertFilterEqualsField(String flag, int measures) {
        List<Map<String, Object>> items = reader().queryParam("document", document).queryParam("size", 200).get("/api/v1/measures")
                .then().statusCode(200).extract().path("items");
        assertEquals(measures, items.size(), "every measure of the test is listed once");
        for (boolean value : List.of(true, false)) {
            Set<String> expected = new TreeSet<>();
            for (Map<String, Object> item : items) {
                if (item.get(flag).equals(value)) {
                    expected.add(item.get("reference") + " due " + item.get("dueDate") + " " + item.get("status"));
                }
            }
            assertFalse(expected.isEmpty(), "no measure of this test has " + flag + "=" + value);
            List<Map<String, Object>> filtered = reader().queryParam("document", document).queryParam(flag, value)
                    .queryParam("size", 200).get("/api/v1/measures").then().statusCode(200).extract().path("items");
            Set<String> actual = new TreeSet<>();
            for (Map<String, Object> item : filtered) {
                actual.add(item.get("reference") + " due " + item.get("dueDate") + " " + item.get("status"));
            }
            assertEquals(expected, actual, flag + "=" + value);
        }
    }

    @Test
    void atRiskFilterReturnsExactlyTheMeasuresThatShowIt() {
        assertFilterEqualsField("atRisk", population(true));
    }

    @Test
    void overdueFilterReturnsExactlyTheMeasuresThatShowIt() {
        assertFilterEqualsField("overdue", population(false));
    }

    /**
     * An open measure without a due date shows {@code overdue: false}, so {@code ?overdue=false} lists it: the SQL
     * {@code not (m.dueDate < :today and ...)} alone would be unknown, not true, when dueDate is null.
     */
    @Test
    void overdueFilterAlsoHoldsForMeasuresWithoutADueDate() {
        assertFilterEqualsField("overdue", population(true));
    }
}
