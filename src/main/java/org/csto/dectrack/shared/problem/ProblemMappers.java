package org.csto.dectrack.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csto.dectrack.shared.history.ChangeRecord;
import org.csto.dectrack.shared.history.ChangeRecordRepository;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.http.MergePatch;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure, from any layer, into an {@code application/problem+json} response. Exceptions that arrive
 * wrapped (in a rollback, a JAX-RS exception or anything else) are answered for the first cause this class knows.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** Problem details in Russian when the caller prefers it (Accept-Language), else in English. */
    private static Lang lang(HttpHeaders headers) {
        return Lang.ofProblems(headers);
    }

    private static Response problem(ProblemType type, String detail, UriInfo uri, HttpHeaders headers, Object... args) {
        return Problems.response(Problems.of(type, lang(headers), detail, instance(uri), args));
    }

    @ServerExceptionMapper
    public Response problemException(ProblemException e, UriInfo uri, HttpHeaders headers) {
        if (e.type() == ProblemType.NOT_FOUND && e.resource() != null) {
            Optional<ChangeRecord> deletion = Arc.container().instance(ChangeRecordRepository.class).get().deletion(e.resource());
            if (deletion.isPresent()) {
                return Problems.response(gone(e.resource(), deletion.get(), instance(uri), lang(headers)));
            }
        }
        return Problems.response(e.toProblem(instance(uri), lang(headers)));
    }

    /** A deleted resource: when and by whom, and where its history stays readable. */
    private static Problem gone(ResourceKey resource, ChangeRecord deletion, String instance, Lang lang) {
        String history = resource.type().historyUrl(resource.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("history", history);
        details.put("deletedAt", deletion.changedAt.toString());
        details.put("deletedBy", deletion.changedBy);
        Problem problem = Problems.of(ProblemType.GONE, lang, "gone", instance, ProblemException.noun(resource.type().code()), resource.id(),
                deletion.changedAt, deletion.changedBy, history);
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), instance, null, null, details);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        return Problems.response(Problems.invalid(violations, instance(uri), lang(headers)));
    }

    /** Drops the method and parameter nodes, so a body field reads {@code endDate}, not {@code create.body.endDate}. */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        boolean parameterSeen = false;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterSeen = true;
                names.add(node.getName());
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null) {
                names.add(name);
            }
        }
        if (parameterSeen) {
            names.remove(0);
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    // One mapper per Jackson type, so that none of the framework's own mappers for a subtype takes precedence.
    @ServerExceptionMapper({UnrecognizedPropertyException.class, InvalidFormatException.class, MismatchedInputException.class,
            JsonMappingException.class, JsonParseException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return Problems.response(JsonProblems.of(e, instance(uri), lang(headers)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.UNAUTHENTICATED, "unauthenticated", uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.FORBIDDEN, "forbidden.role", uri, headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.PRECONDITION_FAILED, "stale.concurrent", uri, headers);
    }

    @ServerExceptionMapper({PessimisticLockException.class, LockTimeoutException.class})
    public Response lockConflict(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return problem(ProblemType.CONFLICT, "busy", uri, headers);
    }

    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        LOG.debugf(e, "Constraint violated: %s", e.getConstraintName());
        return problem(ProblemType.CONFLICT, "constraint", uri, headers);
    }

    @ServerExceptionMapper
    public Response rollback(RollbackException e, UriInfo uri, HttpHeaders headers) {
        Response known = knownCause(e, uri, headers);
        return known != null ? known : unexpected(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Response known = knownCause(e, uri, headers);
        if (known != null) {
            return known;
        }
        ProblemType type = status == 400 ? ProblemType.MALFORMED : ProblemType.forStatus(status);
        ProblemText detail = switch (status) {
            case 404 -> new ProblemText("http.404", instance(uri));
            case 405 -> new ProblemText("http.405");
            case 406 -> new ProblemText("http.406", MediaType.APPLICATION_JSON);
            case 415 -> new ProblemText("http.415", "PATCH".equals(request.getMethod()) ? MergePatch.MEDIA_TYPE : MediaType.APPLICATION_JSON);
            case 413 -> new ProblemText("http.413");
            case 400 -> new ProblemText("http.400");
            default -> status >= 500 ? new ProblemText("unexpected") : new ProblemText(String.valueOf(e.getMessage()));
        };
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed [requestId=%s]", instance(uri), MDC.get("requestId"));
        }
        Lang lang = lang(headers);
        Response response = Problems.response(new Problem(type.uri, ProblemText.title(type, lang), status, detail.in(lang),
                instance(uri), null, null, null));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return status == 405 && allow != null ? Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build() : response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        Response known = knownCause(e, uri, headers);
        if (known != null) {
            return known;
        }
        Object requestId = MDC.get("requestId");
        LOG.errorf(e, "Unexpected error on %s [requestId=%s]", instance(uri), requestId);
        return problem(ProblemType.INTERNAL, "unexpected.requestId", uri, headers, requestId);
    }

    /** The answer for the first cause of {@code e} that has a mapping of its own, or null when none has. */
    private Response knownCause(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problemException(problem, uri, headers);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion((RuntimeException) cause, uri, headers);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return databaseConstraint(constraint, uri, headers);
            }
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri, headers);
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                // every connection stayed busy for the pool's acquisition timeout: a burst, not a fault
                return Response.fromResponse(problem(ProblemType.UNAVAILABLE, "busy.pool", uri, headers))
                        .header(HttpHeaders.RETRY_AFTER, 5).build();
            }
        }
        return null;
    }
}
