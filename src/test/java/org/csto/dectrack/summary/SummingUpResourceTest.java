package org.csto.dectrack.summary;

import static org.csto.dectrack.support.Api.anonymous;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Sessions;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the summing-up, exactly: for a year this class builds from nothing (ReservedYear.SUMMING_UP) and for
 * the demo years 2024 and 2025, which no test writes into.
 */
@QuarkusTest
class SummingUpResourceTest {
    static final int YEAR = ReservedYear.SUMMING_UP.year();

    /** Open measures without sub-measures that the built year leaves, all due before 2026. */
    static final int OPEN_LEAVES_OF_THE_BUILT_YEAR = 3;

    private static boolean built;

    static LocalDate day(int month, int day) {
        return ReservedYear.SUMMING_UP.on(month, day);
    }

    static LocalDate nextYear(int month, int day) {
        return ReservedYear.AFTER_SUMMING_UP.on(month, day);
    }

    static void report(String measure, LocalDate on, String key, Object value) {
        Reports.on(measure).with("reportedOn", on).with(key, value).with("reason", "CANCELLED".equals(value) ? "Merged" : null).create();
    }

    /**
     * Builds the year once for the class: two held sessions and a planned one, four documents, positions, three
     * notifications, four measures due in the year and a parent, and their reports. Open measures due before a year's end
     * count as overdue in every later year's summing-up, so every test here builds it first.
     */
    static synchronized void buildTheYear() {
        if (built) {
            return;
        }
        String dushanbe = Sessions.held(day(5, 20)).with("body", "CSC").with("city", "Dushanbe").with("chair", "TJ").create();
        String bishkek = Sessions.held(day(10, 10)).with("city", "Bishkek").with("chair", "KG").create();
        Sessions.held(day(12, 1)).with("status", "PLANNED").with("city", "Moscow").with("chair", "RU").create();

        String decision = Documents.adopted("DECISION", day(5, 20)).at(dushanbe).create();
        String protocol = Documents.adopted("PROTOCOL", day(5, 20)).at(dushanbe)
                .with("ratificationRequired", true).with("notificationsForEntryIntoForce", 2).create();
        String plan = Documents.adopted("PLAN", day(10, 10)).at(bishkek).with("validFrom", nextYear(1, 1)).create();
        String draft = Documents.draft("DECISION").at(bishkek).create();

        Documents.position(decision, "KZ", Map.of("position", "SIGNED"));
        Documents.position(decision, "RU", Map.of("position", "SIGNED"));
        Documents.position(decision, "AM", Map.of("position", "REFRAINED_NO_OBJECTION"));
        Documents.position(plan, "KZ", Map.of("position", "SIGNED"));
        Documents.position(plan, "BY", Map.of("position", "JOINED_LATER"));
        Documents.position(draft, "TJ", Map.of("position", "OBJECTED"));

        String signedOn = day(5, 20).toString();
        Documents.ratification(protocol, "RU", Map.of("signedOn", signedOn, "ratifiedOn", day(7, 1).toString(),
                "notifiedOn", day(8, 1).toString()));
        Documents.ratification(protocol, "BY", Map.of("signedOn", signedOn, "ratifiedOn", day(8, 15).toString(),
                "notifiedOn", day(9, 1).toString()));
        Documents.ratification(protocol, "KZ", Map.of("signedOn", signedOn, "ratifiedOn", nextYear(1, 10).toString(),
                "notifiedOn", nextYear(2, 1).toString()));

        String completed = Measures.of(decision).with("startDate", day(1, 10)).with("dueDate", day(6, 30)).create();
        report(completed, day(3, 1), "progress", 50);
        report(completed, day(6, 15), "status", "COMPLETED");
        Measures.of(decision).with("startDate", day(1, 10)).with("dueDate", day(9, 30)).create(); // PLANNED, overdue
        String dueOnTheLastDay = Measures.of(decision).with("startDate", day(1, 10)).with("dueDate", day(12, 31)).create();
        report(dueOnTheLastDay, day(11, 1), "progress", 30);
        report(dueOnTheLastDay, nextYear(1, 10), "progress", 40);
        String cancelled = Measures.of(decision).with("startDate", day(1, 10)).with("dueDate", day(4, 30)).create();
        report(cancelled, day(4, 1), "status", "CANCELLED");
        String parent = Measures.of(decision).with("startDate", day(1, 10)).with("dueDate", day(12, 31)).create();
        String child = Measures.under(parent).with("startDate", day(1, 10)).with("dueDate", nextYear(3, 31)).create();
        report(child, day(12, 20), "progress", 10);
        built = true;
    }

    static ValidatableResponse summingUp(int year) {
        buildTheYear();
        return reader().get("/api/v1/summing-up/" + year).then().statusCode(200);
    }

    @Test
    void summingUpOfAYearBuiltFromNothing() {
        summingUp(YEAR)
                .body("year", equalTo(YEAR))
                .body("asOf", equalTo(day(12, 31).toString()))
                .body("sessions.city", contains("Dushanbe", "Bishkek"))
                .body("sessions.body", contains("CSC", "CMD"))
                .body("sessions.date", contains(day(5, 20).toString(), day(10, 10).toString()))
                .body("sessions.chair", contains("TJ", "KG"))
                .body("sessions.kind", contains("REGULAR", "REGULAR"))
                .body("sessions.documents", contains(2, 2))
                .body("documentsByStatus", equalTo(Map.of("ADOPTED", 3, "DRAFT", 1)))
                .body("documentsByType", equalTo(Map.of("DECISION", 2, "PROTOCOL", 1, "PLAN", 1)))
                .body("positionsByState", equalTo(Map.of("AM", Map.of("REFRAINED_NO_OBJECTION", 1), "BY", Map.of("JOINED_LATER", 1),
                        "KZ", Map.of("SIGNED", 2), "RU", Map.of("SIGNED", 1), "TJ", Map.of("OBJECTED", 1))))
                .body("notificationsReceived", equalTo(2)) // the third came the next year
                .body("documentsEnteredIntoForce", equalTo(2)) // the decision on adoption, the protocol on the 2nd notification
                .body("measuresDueByStatus", equalTo(Map.of("PLANNED", 1, "IN_PROGRESS", 1, "SUSPENDED", 0, "COMPLETED", 1,
                        "CANCELLED", 1))) // the parent is left out, its child is due the next year
                .body("measuresCompleted", equalTo(1))
                .body("progressReports", equalTo(5))
                .body("overdueAtAsOf", equalTo(1)); // due on the last day is not late at the year's end
    }

    @Test
    void summingUpOf2024() {
        summingUp(2024)
                .body("year", equalTo(2024))
                .body("asOf", equalTo("2024-12-31"))
                .body("sessions.city", contains("Almaty", "Astana"))
                .body("sessions.documents", contains(0, 14))
                .body("documentsByStatus", equalTo(Map.of("ADOPTED", 14)))
                .body("documentsByType", equalTo(Map.of("DECLARATION", 1, "DECISION", 8, "PROGRAMME", 1, "STATEMENT", 1, "PLAN", 1,
                        "PROTOCOL", 2)))
                .body("positionsByState", equalTo(Map.of("AM", Map.of("REFRAINED_NO_OBJECTION", 13), "BY", Map.of("SIGNED", 14),
                        "KG", Map.of("SIGNED", 14), "KZ", Map.of("SIGNED", 14), "RU", Map.of("SIGNED", 14), "TJ", Map.of("SIGNED", 14))))
                .body("notificationsReceived", equalTo(0))
                .body("documentsEnteredIntoForce", equalTo(10)) // the programme and the plan only from 1 January 2025
                .body("measuresDueByStatus", equalTo(Map.of("PLANNED", 0, "IN_PROGRESS", 0, "SUSPENDED", 0, "COMPLETED", 0,
                        "CANCELLED", 0)))
                .body("measuresCompleted", equalTo(0))
                .body("progressReports", equalTo(0))
                .body("overdueAtAsOf", equalTo(OPEN_LEAVES_OF_THE_BUILT_YEAR));
    }

    @Test
    void summingUpOf2025CountsImplementation() {
        summingUp(2025)
                .body("year", equalTo(2025))
                .body("asOf", equalTo("2025-12-31"))
                .body("sessions.city", contains("Bishkek"))
                .body("sessions.documents", contains(8))
                .body("documentsByStatus", equalTo(Map.of("ADOPTED", 9)))
                .body("documentsByType", equalTo(Map.of("DECLARATION", 1, "STRATEGY", 2, "PLAN", 2, "DECISION", 3,
                        "PROTOCOL_DECISION", 1)))
                // the chair, Kyrgyzstan, signed the protocol decision alone; Armenia recorded nothing
                .body("positionsByState", equalTo(Map.of("BY", Map.of("SIGNED", 7), "KG", Map.of("SIGNED", 8), "KZ", Map.of("SIGNED", 7),
                        "RU", Map.of("SIGNED", 7), "TJ", Map.of("SIGNED", 7))))
                .body("notificationsReceived", equalTo(0))
                .body("documentsEnteredIntoForce", equalTo(9))
                .body("measuresDueByStatus", equalTo(Map.of("PLANNED", 1, "IN_PROGRESS", 7, "SUSPENDED", 0, "COMPLETED", 5,
                        "CANCELLED", 0)))
                .body("measuresCompleted", equalTo(5))
                .body("progressReports", equalTo(19))
                .body("overdueAtAsOf", equalTo(2 + OPEN_LEAVES_OF_THE_BUILT_YEAR)); // suppliers and funding of the border programme
    }

    @Test
    void errors() {
        assertProblem(reader().get("/api/v1/summing-up/soon").then(), 400, "/problems/bad-parameter");
        assertProblem(anonymous().get("/api/v1/summing-up/2024").then(), 401, "/problems/unauthenticated");
    }
}
