package org.csto.dectrack.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract check that every REST test runs ({@link SpecValidation}) finds breaches and lets the rest pass. */
class SpecValidationTest {
    private static final String DOCUMENT = "/api/v1/documents/01a226ab-7370-74e5-bb56-5443f35c974c";

    @Test
    void aResponseOutsideItsSchemaOrStatusIsABreach() {
        assertFound("validation.response.body.schema", SpecValidation.breaches(Request.Method.GET, DOCUMENT, reader(DOCUMENT).build(),
                SimpleResponse.Builder.ok().withContentType("application/json").withBody("[\"not a document\"]").build()));
        assertFound("validation.response.status.unknown", SpecValidation.breaches(Request.Method.GET, DOCUMENT, reader(DOCUMENT).build(),
                SimpleResponse.Builder.status(418).build()));
    }

    @Test
    void anAcceptedRequestOutsideTheContractIsABreachARefusedOneIsNot() {
        String list = "/api/v1/documents";
        Request badYear = reader(list).withQueryParam("year", "MMXXIV").build();
        assertFound("validation.request.parameter", SpecValidation.breaches(Request.Method.GET, list, badYear,
                SimpleResponse.Builder.ok().withContentType("application/json")
                        .withBody("{\"items\": [], \"page\": 0, \"size\": 20, \"totalItems\": 0, \"totalPages\": 0}").build()));
        assertEquals(List.of(), SpecValidation.breaches(Request.Method.GET, list, badYear,
                SimpleResponse.Builder.badRequest().withContentType("application/problem+json")
                        .withBody("{\"type\": \"/problems/bad-parameter\", \"title\": \"Bad parameter\", \"status\": 400}")
                        .build()));
    }

    @Test
    void anUnknownPathIsTheServicesOwn404() {
        String unknown = "/api/v1/nothing-here";
        assertEquals(List.of(), SpecValidation.breaches(Request.Method.GET, unknown, reader(unknown).build(),
                SimpleResponse.Builder.notFound().withContentType("application/problem+json")
                        .withBody("{\"type\": \"/problems/not-found\", \"title\": \"Not found\", \"status\": 404}").build()));
    }

    private static SimpleRequest.Builder reader(String path) {
        return SimpleRequest.Builder.get(path).withAuthorization("Basic cmVhZGVyOnJlYWRlcg==").withAccept("application/json");
    }

    private static void assertFound(String key, List<String> breaches) {
        assertTrue(breaches.stream().anyMatch(b -> b.startsWith(key)), () -> "expected " + key + " in " + breaches);
    }
}
