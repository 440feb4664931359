package org.csto.dectrack.implementation;

import static org.csto.dectrack.support.Api.admin;
import static org.csto.dectrack.support.Api.reader;
import static org.csto.dectrack.support.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * A party's workload: exact figures for a body only this test uses, and each figure's link answers a list whose total is
 * that figure.
 */
@QuarkusTest
class PartyWorkloadResourceTest {
    private static final List<String> FIGURES = List.of("open", "overdue", "atRisk", "dueWithin30Days", "completedThisYear");

    @Test
    void everyFigureCountsTheListItLinksTo() {
        String party = Unique.bodyCode();
        admin().body(Map.of("code", party, "names", Map.of("ru", "Орган " + party, "en", "Body " + party), "kind", "WORKING_BODY"))
                .post("/api/v1/bodies").then().statusCode(201);
        String programme = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        LocalDate today = TestClock.today();
        // led: one overdue, one at risk and due soon, one due in a year, one completed today, one cancelled
        Measures.of(programme).with("lead", party).with("startDate", today.minusDays(100)).with("dueDate", today.minusDays(5)).create();
        Measures.of(programme).with("lead", party).with("startDate", today.minusDays(60)).with("dueDate", today.plusDays(10)).create();
        Measures.of(programme).with("lead", party).with("dueDate", today.plusYears(1)).create();
        String done = Measures.of(programme).with("lead", party).with("dueDate", today.plusDays(20)).create();
        Reports.on(done).with("progress", 50).create();
        Reports.on(done).with("progress", 100).with("status", "COMPLETED").create();
        String dropped = Measures.of(programme).with("lead", party).with("dueDate", today.minusDays(1)).create();
        Reports.on(dropped).with("status", "CANCELLED").with("reason", "Merged").create();
        // contributes: one due within 30 days
        Measures.of(programme).with("lead", "KZ").with("contributors", List.of(party)).with("dueDate", today.plusDays(30)).create();

        JsonPath row = reader().header("Accept-Language", "en").get("/api/v1/parties/" + party.toLowerCase()).then().statusCode(200)
                .body("code", equalTo(party)).body("kind", equalTo("BODY")).body("name", equalTo("Body " + party))
                .body("today", equalTo(today.toString())).extract().jsonPath();
        assertEquals(List.of(3, 1, 1, 1, 1), FIGURES.stream().map(f -> row.getInt("lead." + f + ".count")).toList());
        assertEquals(List.of(1, 0, 0, 1, 0), FIGURES.stream().map(f -> row.getInt("contributor." + f + ".count")).toList());
        for (String role : List.of("lead", "contributor")) {
            for (String figure : FIGURES) {
                String list = row.getString(role + "." + figure + ".list");
                assertEquals(row.getInt(role + "." + figure + ".count"),
                        reader().get(list).then().statusCode(200).extract().<Integer>path("totalItems"), role + " " + figure + ": " + list);
            }
        }
        // the open ones due in the past are closed again, so no later summing-up counts them
        reader().get("/api/v1/measures?lead=" + party + "&overdue=true").then().extract().<List<String>>path("items.id")
                .forEach(id -> Reports.on(id).with("status", "CANCELLED").with("reason", "Test over").create());

        JsonPath all = reader().get("/api/v1/parties").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("AM", "BY", "KG", "KZ", "RU", "TJ"), all.getList("findAll { it.kind == 'MEMBER_STATE' }.code"));
        assertEquals(1, all.getList("findAll { it.code == '" + party + "' }").size());
    }

    @Test
    void anUnknownPartyIsNotFound() {
        assertProblem(reader().get("/api/v1/parties/ZZQQ").then(), 404, "/problems/not-found");
        assertProblem(reader().get("/api/v1/parties/ZZQQ/measures").then(), 404, "/problems/not-found");
    }
}
