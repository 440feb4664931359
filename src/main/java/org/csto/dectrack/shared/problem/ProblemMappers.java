package org.csto.dectrack.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure, from any layer, into an {@code application/problem+json} response. */
public class ProblemMappers {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static String countDetail(int count) {
        return count == 1 ? "1 field is not valid" : count + " fields are not valid";
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dectrack\"");
        }
        return builder.build();
    }

    private static Response problem(ProblemType type, String detail, UriInfo uri) {
        return response(new Problem(type.uri, type.title, type.status, detail, instance(uri), null, null, null));
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    @ServerExceptionMapper
    public Response problemException(ProblemException e, UriInfo uri) {
        return response(e.toProblem(instance(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        ProblemType type = ProblemType.VALIDATION;
        return response(new Problem(type.uri, type.title, type.status, countDetail(violations.size()), instance(uri),
                violations, null, null));
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

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return invalidBody(jsonPath(e), "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String target = e.getTargetType() == null ? "value" : describe(e.getTargetType());
        return invalidBody(jsonPath(e), "must be " + target, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String target = e.getTargetType() == null ? "a value of another type" : describe(e.getTargetType());
        return invalidBody(jsonPath(e), "must be " + target, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return invalidBody(jsonPath(e), "is not valid", uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED, "Body is not well-formed JSON (line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED, "Body could not be read as JSON", uri);
    }

    private static Response invalidBody(String field, String message, UriInfo uri) {
        ProblemType type = ProblemType.VALIDATION;
        return response(new Problem(type.uri, type.title, type.status, countDetail(1), instance(uri),
                List.of(new Problem.Violation(field, message)), null, null));
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an instant (YYYY-MM-DDThh:mm:ssZ)";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "an array";
            default -> type.isRecord() || Map.class.isAssignableFrom(type) ? "an object" : "a value of another type";
        };
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return problem(ProblemType.UNAUTHENTICATED, "Send valid credentials (HTTP Basic)", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "Your role may not perform this operation", uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri) {
        return problem(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by another request; fetch it again and retry with its new ETag", uri);
    }

    @ServerExceptionMapper({PessimisticLockException.class, LockTimeoutException.class})
    public Response lockConflict(RuntimeException e, UriInfo uri) {
        return problem(ProblemType.CONFLICT, "The resource is busy; retry", uri);
    }

    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.debugf(e, "Constraint violated: %s", e.getConstraintName());
        return problem(ProblemType.CONFLICT, "The change conflicts with existing data", uri);
    }

    @ServerExceptionMapper
    public Response rollback(RollbackException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion((RuntimeException) cause, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return databaseConstraint(constraint, uri);
            }
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unrecognized) {
                return unrecognizedProperty(unrecognized, uri);
            }
            if (cause instanceof InvalidFormatException invalid) {
                return invalidFormat(invalid, uri);
            }
            if (cause instanceof MismatchedInputException mismatched) {
                return mismatchedInput(mismatched, uri);
            }
            if (cause instanceof JsonParseException parse) {
                return jsonParse(parse, uri);
            }
            if (cause instanceof JsonProcessingException processing) {
                return jsonProcessing(processing, uri);
            }
        }
        ProblemType type = status == 400 ? ProblemType.MALFORMED : ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + instance(uri);
            case 405 -> "This resource does not support that method";
            case 406 -> "This resource produces " + MediaType.APPLICATION_JSON;
            case 415 -> "Send the body as " + MediaType.APPLICATION_JSON;
            case 413 -> "The request body is too large";
            case 400 -> "The request could not be read";
            default -> status >= 500 ? "Unexpected error" : e.getMessage();
        };
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed [requestId=%s]", instance(uri), MDC.get("requestId"));
        }
        Response response = response(new Problem(type.uri, type.title, status, detail, instance(uri), null, null, null));
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problemException(problem, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return staleVersion((RuntimeException) cause, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return databaseConstraint(constraint, uri);
            }
        }
        Object requestId = MDC.get("requestId");
        LOG.errorf(e, "Unexpected error on %s [requestId=%s]", instance(uri), requestId);
        ProblemType type = ProblemType.INTERNAL;
        return response(new Problem(type.uri, type.title, 500, "Unexpected error; quote request id " + requestId,
                instance(uri), null, null, null));
    }
}
