package org.csto.dectrack.implementation;

import static org.csto.dectrack.support.Api.as;
import static org.csto.dectrack.support.Api.reader;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A liaison officer acts for its member state only: reports on the measures its state leads or contributes to, as that
 * state, and records its state's ratification steps; every other write is refused with 403, and a report cannot change
 * what the Secretariat decides about a measure. What it does is recorded under its own name.
 */
@QuarkusTest
class LiaisonResourceTest {
    private static RequestSpecification tjLiaison() {
        return as("tj-liaison");
    }

    private static String programme() {
        return Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
    }

    @Test
    void aLiaisonReportsOnlyOnItsStatesMeasuresAndAsItsState() {
        String programme = programme();
        String kzOnly = Measures.of(programme).with("lead", "KZ").create();
        String tjLed = Measures.of(programme).with("lead", "TJ").with("dueDate", TestClock.today().plusMonths(6)).create();
        String tjContributes = Measures.of(programme).with("lead", "KZ").with("contributors", List.of("TJ")).create();

        tjLiaison().body(report(tjLed, "TJ")).post("/api/v1/measures/" + kzOnly + "/reports").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        tjLiaison().body(report(tjLed, "TJ")).post("/api/v1/measures/" + tjLed + "/reports").then().statusCode(201);
        tjLiaison().body(report(tjContributes, "TJ")).post("/api/v1/measures/" + tjContributes + "/reports").then().statusCode(201);
        tjLiaison().body(report(tjLed, "KZ")).post("/api/v1/measures/" + tjLed + "/reports").then().statusCode(403)
                .contentType("application/problem+json");
        as("kz-liaison").body(report(tjLed, "KZ")).post("/api/v1/measures/" + tjLed + "/reports").then().statusCode(403);
        as("kz-liaison").body(report(kzOnly, "KZ")).post("/api/v1/measures/" + kzOnly + "/reports").then().statusCode(201);

        // The change record names the liaison who reported.
        assertEquals("tj-liaison", reader().get("/api/v1/measures/" + tjLed + "/history?sort=-version").then().statusCode(200)
                .extract().path("items[0].changedBy"));
        assertEquals(1, reader().get("/api/v1/measures/" + tjLed + "/reports").then().statusCode(200).extract()
                .<Integer>path("totalItems"), "the refused reports left nothing behind");
    }

    @Test
    void aReportCannotChangeTheMeasuresLeadDatesOrWeight() {
        String tjLed = Measures.of(programme()).with("lead", "TJ").with("weight", 3)
                .with("dueDate", TestClock.today().plusMonths(3)).create();
        Map<String, Object> before = reader().get("/api/v1/measures/" + tjLed).then().statusCode(200).extract().as(Map.class);
        for (Map.Entry<String, Object> smuggled : List.of(Map.<String, Object>entry("lead", "TJ"),
                Map.<String, Object>entry("dueDate", TestClock.today().plusYears(1).toString()),
                Map.<String, Object>entry("weight", 1))) {
            Map<String, Object> body = report(tjLed, "TJ");
            body.put(smuggled.getKey(), smuggled.getValue());
            tjLiaison().body(body).post("/api/v1/measures/" + tjLed + "/reports").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Map<String, Object> after = reader().get("/api/v1/measures/" + tjLed).then().statusCode(200).extract().as(Map.class);
        assertEquals(before, after);
    }

    @Test
    void aLiaisonRecordsItsOwnStatesRatificationAndNothingElse() {
        String protocol = Documents.adopted("PROTOCOL", ReservedYear.SCRATCH.on(11, 28)).with("ratificationRequired", true).create();
        Documents.ratification(protocol, "TJ", Map.of("signedOn", ReservedYear.SCRATCH.on(11, 28).toString()));

        tjLiaison().body(Map.of("ratifiedOn", ReservedYear.SCRATCH.on(12, 20).toString()))
                .put("/api/v1/documents/" + protocol + "/ratifications/KZ").then().statusCode(403)
                .contentType("application/problem+json");
        String etag = reader().get("/api/v1/documents/" + protocol + "/ratifications/TJ").then().statusCode(200).extract().header("ETag");
        Map<String, Object> steps = Map.of("signedOn", ReservedYear.SCRATCH.on(11, 28).toString(),
                "ratifiedOn", ReservedYear.SCRATCH.on(12, 20).toString(), "notifiedOn", ReservedYear.SCRATCH.on(12, 27).toString());
        tjLiaison().header("If-Match", etag).body(steps).put("/api/v1/documents/" + protocol + "/ratifications/TJ")
                .then().statusCode(200).body("ratifiedOn", equalTo(ReservedYear.SCRATCH.on(12, 20).toString()));
        // The signature is the Secretariat's to record.
        String next = reader().get("/api/v1/documents/" + protocol + "/ratifications/TJ").then().extract().header("ETag");
        tjLiaison().header("If-Match", next).body(Map.of("signedOn", ReservedYear.SCRATCH.on(11, 29).toString(),
                        "ratifiedOn", ReservedYear.SCRATCH.on(12, 20).toString()))
                .put("/api/v1/documents/" + protocol + "/ratifications/TJ").then().statusCode(403);
    }

    @Test
    void everyOtherWriteIsForbiddenToALiaison() {
        String protocol = programme();
        String etag = reader().get("/api/v1/documents/" + protocol).then().statusCode(200).extract().header("ETag");
        Map<String, Object> document = Documents.draft("DECISION").input();
        tjLiaison().header("If-Match", etag).body(document).put("/api/v1/documents/" + protocol).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/forbidden"));
        tjLiaison().body(document).post("/api/v1/documents").then().statusCode(403);
        tjLiaison().header("If-Match", etag).delete("/api/v1/documents/" + protocol).then().statusCode(403);
        tjLiaison().body(Map.of("position", "SIGNED")).put("/api/v1/documents/" + protocol + "/positions/TJ").then().statusCode(403);
        tjLiaison().body(Measures.of(protocol).with("lead", "TJ").input()).post("/api/v1/measures").then().statusCode(403);
        reader().get("/api/v1/documents/" + protocol).then().statusCode(200).header("ETag", etag);
    }

    private static Map<String, Object> report(String measure, String party) {
        return Reports.on(measure).with("reportingParty", party).with("progress", 10).input();
    }
}
