package org.csto.dectrack.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.file.Path;
import org.csto.dectrack.support.HttpFile;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/walkthrough.http} works: its requests, run in order against the service with the ids each takes from the
 * responses before it, answer with the status each says it does.
 */
@QuarkusTest
class WalkthroughTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void theWalkthroughRunsAsWritten() throws Exception {
        HttpFile file = HttpFile.read(Path.of("docs/walkthrough.http"))
                .with("base", root.toString().replaceAll("/$", ""));
        assertTrue(file.requests().size() >= 10, "the walk has its steps");
        for (HttpFile.Request request : file.requests()) {
            Response response = file.send(request);
            assertEquals(request.expectedStatus(), response.statusCode(),
                    () -> "### " + request.title() + ": " + request.method() + " " + request.url() + " answered "
                            + response.statusCode() + " " + response.asString());
        }
    }
}
