package org.csto.dectrack.shared;

import static org.csto.dectrack.support.Api.bearer;
import static org.csto.dectrack.support.Api.reader;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.support.Documents;
import org.csto.dectrack.support.Measures;
import org.csto.dectrack.support.Reports;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens as the Organization's OpenID Connect provider issues them (Keycloak's claim layout: realm roles under
 * {@code realm_access.roles}, the member state in {@code member_state}), signed here with the test key whose public half
 * the test profile trusts: no provider needs to run. A valid token acts as its claims say; an expired, unsigned,
 * wrongly signed or foreign token gets 401 problem+json.
 */
@QuarkusTest
class TokenResourceTest {
    @Test
    void aLiaisonTokenForTajikistanActsAsTajikistansLiaison() {
        String token = Tokens.claims("tj.officer", "liaison").claim("member_state", "TJ").sign(Tokens.signingKey());
        String programme = Documents.adopted("PROGRAMME", ReservedYear.SCRATCH.on(11, 28)).create();
        String tjLed = Measures.of(programme).with("lead", "TJ").create();
        String kzLed = Measures.of(programme).with("lead", "KZ").create();

        bearer(token).get("/api/v1/documents/" + programme).then().statusCode(200);
        bearer(token).body(Reports.on(tjLed).with("reportingParty", "TJ").input()).post("/api/v1/measures/" + tjLed + "/reports")
                .then().statusCode(201);
        bearer(token).body(Reports.on(kzLed).with("reportingParty", "TJ").input()).post("/api/v1/measures/" + kzLed + "/reports")
                .then().statusCode(403).contentType("application/problem+json");
        bearer(token).body(Documents.draft("DECISION").input()).post("/api/v1/documents").then().statusCode(403)
                .contentType("application/problem+json");
        // The change record names the token's user.
        assertEquals("tj.officer", reader().get("/api/v1/measures/" + tjLed + "/history?sort=-version").then().statusCode(200)
                .extract().path("items[0].changedBy"));
    }

    @Test
    void aSystemTokenReadsAndFollowsTheFeedButWritesNothing() {
        String token = Tokens.claims("registry-sync", "system").sign(Tokens.signingKey());
        bearer(token).get("/api/v1/changes?limit=1").then().statusCode(200);
        bearer(token).get("/api/v1/documents?size=1").then().statusCode(200);
        bearer(token).body(Documents.draft("DECISION").input()).post("/api/v1/documents").then().statusCode(403);
    }

    @Test
    void aClearanceClaimNarrowsWhatTheCallerSees() {
        String confidential = Documents.draft("DECISION").with("classification", "CONFIDENTIAL").create();
        bearer(Tokens.claims("deputy", "secretariat").sign(Tokens.signingKey())).get("/api/v1/documents/" + confidential).then().statusCode(200);
        bearer(Tokens.claims("deputy", "secretariat").claim("clearance", "RESTRICTED").sign(Tokens.signingKey()))
                .get("/api/v1/documents/" + confidential).then().statusCode(404);
    }

    @Test
    void expiredUnsignedWronglySignedOrForeignTokensAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String expired = Tokens.claims("tj.officer", "liaison").issuedAt(now - 3600).expiresAt(now - 1800).sign(Tokens.signingKey());
        var otherKeys = KeyPairGenerator.getInstance("RSA");
        otherKeys.initialize(2048);
        String wronglySigned = Tokens.claims("tj.officer", "liaison").sign(otherKeys.generateKeyPair().getPrivate());
        String foreign = Tokens.claims("tj.officer", "liaison").issuer("https://sso.elsewhere/realms/other").sign(Tokens.signingKey());
        String signed = Tokens.claims("tj.officer", "admin").sign(Tokens.signingKey());
        String unsigned = unsigned(signed);
        for (String token : List.of(expired, wronglySigned, foreign, unsigned, "not-a-token")) {
            bearer(token).get("/api/v1/documents?size=1").then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("/problems/unauthenticated"));
        }
        bearer(signed).get("/api/v1/documents?size=1").then().statusCode(200);
    }

    /** The same claims with the signature stripped and the algorithm set to "none". */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }
}
