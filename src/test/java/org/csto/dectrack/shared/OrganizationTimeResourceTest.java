package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.csto.dectrack.shared.time.SystemTimeSource;
import org.csto.dectrack.shared.time.TimeSource;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Which day the service sees, on a fixed clock: the Organization's today (Moscow) for lateness, today in the easternmost
 * member state's capital (Bishkek, UTC+6) for the latest date a report may carry.
 */
@QuarkusTest
class OrganizationTimeResourceTest {
    /** Yesterday in UTC, so that the fixed instants below are in the past. */
    static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(1);

    static void clockAt(int hour, int minute) {
        Instant instant = DAY.atTime(hour, minute).toInstant(ZoneOffset.UTC);
        QuarkusMock.installMockForType(new SystemTimeSource(Clock.fixed(instant, ZoneOffset.UTC), TestClock.ZONE, Optional.empty()),
                TimeSource.class);
    }

    @Test
    void aReportDatedTomorrowInUtcButTodayInBishkekIsAccepted() {
        clockAt(20, 30); // 23:30 in Moscow, 02:30 the next day in Bishkek
        String document = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        String measure = Measures.of(document).with("dueDate", DAY.plusDays(60)).create();

        Reports.on(measure).with("reportedOn", DAY.plusDays(1)).with("progress", 10).post().then().statusCode(201)
                .body("reportedOn", equalTo(DAY.plusDays(1).toString()));
        assertProblem(Reports.on(measure).with("reportedOn", DAY.plusDays(2)).post().then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("reportedOn"))
                .body("violations[0].message", equalTo("must not be in the future (today is " + DAY.plusDays(1)
                        + " in the easternmost member state)"));

        clockAt(17, 59); // 23:59 in Bishkek: its today is still DAY
        assertProblem(Reports.on(measure).with("reportedOn", DAY.plusDays(1)).post().then(), 400, "/problems/validation")
                .body("violations[0].field", equalTo("reportedOn"));
    }

    @Test
    void lateIsCountedFromTheOrganizationsToday() {
        clockAt(20, 30); // 23:30 in Moscow: a measure due today is not late yet
        String document = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        String measure = Measures.of(document).with("startDate", DAY.minusDays(10)).with("dueDate", DAY).create();
        reader().get("/api/v1/measures/" + measure).then().statusCode(200)
                .body("overdue", equalTo(false)).body("daysLate", equalTo(0));

        clockAt(21, 30); // 00:30 the next day in Moscow, still DAY in UTC: one day late
        reader().get("/api/v1/measures/" + measure).then().statusCode(200)
                .body("overdue", equalTo(true)).body("daysLate", equalTo(1));
        reader().queryParam("overdue", true).queryParam("document", document).get("/api/v1/measures").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(measure)));

        // Leave nothing overdue behind.
        Reports.on(measure).with("reportedOn", DAY.plusDays(1)).with("status", "CANCELLED").with("reason", "Test over").create();
    }
}
