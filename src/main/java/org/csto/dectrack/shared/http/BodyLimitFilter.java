package org.csto.dectrack.shared.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.problem.ProblemText;
import org.csto.dectrack.shared.problem.ProblemType;
import org.csto.dectrack.shared.problem.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body over {@code quarkus.http.limits.max-body-size} with a 413 {@code application/problem+json}; the
 * framework's own checks answer 413 with no body at all. A declared Content-Length is checked before anything is read; a
 * chunked body (no Content-Length) is buffered up to the limit here, and refused as soon as it goes past it.
 */
@ApplicationScoped
public class BodyLimitFilter {
    /** Ahead of Quarkus's upload-limit route (order -2) and of authentication. */
    static final int ORDER = Integer.MIN_VALUE + 100;

    /** Declared bodies up to this size are read to the end (and dropped) before the connection closes. */
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final long limit;
    private final BodyHandler chunkedBodies;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.limit = maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false);
    }

    void install(@Observes Router router) {
        if (limit > 0) {
            router.route().order(ORDER).handler(this::check).failureHandler(this::failed);
        }
    }

    void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && declared(length) > limit) {
            tooLarge(context);
            return;
        }
        if (length == null && context.request().getHeader("Transfer-Encoding") != null) {
            chunkedBodies.handle(context); // reads up to the limit, then calls next() or fails with 413
            return;
        }
        context.next();
    }

    void failed(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            tooLarge(context);
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Lang lang = Lang.ofProblems(context.request().getHeader("Accept-Language"));
        String problem = new JsonObject()
                .put("type", type.uri)
                .put("title", ProblemText.title(type, lang))
                .put("status", type.status)
                .put("detail", new ProblemText("http.413.limit", limit).in(lang))
                .put("instance", context.request().path())
                .encode();
        // The connection cannot carry another request after an unread body: answer, then close. A body of moderate
        // declared size is first read and dropped, so that a client still sending it sees the answer, not a reset.
        HttpServerRequest request = context.request();
        boolean drain = !request.isEnded() && declared(request.getHeader("Content-Length")) <= DRAIN_LIMIT;
        context.response().setStatusCode(type.status)
                .putHeader("Content-Type", Problems.PROBLEM_JSON)
                .putHeader("Connection", "close");
        if (drain) {
            request.handler(ignored -> { });
            request.endHandler(ignored -> request.connection().close());
            request.exceptionHandler(ignored -> request.connection().close());
            request.resume();
            context.response().end(problem);
        } else {
            context.response().endHandler(done -> request.connection().close()).end(problem);
        }
    }

    private static long declared(String length) {
        if (length == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
