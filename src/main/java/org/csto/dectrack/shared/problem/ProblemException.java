package org.csto.dectrack.shared.problem;

import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.history.ResourceKey;

/** Thrown by services and resources to answer with a problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final transient List<Problem.Violation> violations;
    private final transient List<String> allowed;
    private final transient Map<String, Object> details;
    private final transient ResourceKey resource;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations,
                            List<String> allowed, Map<String, Object> details) {
        this(type, detail, violations, allowed, details, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.Violation> violations,
                             List<String> allowed, Map<String, Object> details, ResourceKey resource) {
        super(detail, null, false, false);
        this.resource = resource;
        this.type = type;
        this.violations = violations;
        this.allowed = allowed;
        this.details = details;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    /** A 404 for a resource of the change record: a 410 instead when the record shows it was deleted. */
    public static ProblemException notFound(String what, ResourceKey resource) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + resource.id() + " does not exist", List.of(),
                List.of(), Map.of(), resource);
    }

    /** {@code value}, else the 404 (or 410) of a resource of the change record. */
    public static <T> T requireFound(T value, String what, ResourceKey resource) {
        if (value == null) {
            throw notFound(what, resource);
        }
        return value;
    }

    /** The one find-or-404: {@code value} when there is one, else a 404 naming what was looked for. */
    public static <T> T requireFound(T value, String what, Object id) {
        if (value == null) {
            throw notFound(what, id);
        }
        return value;
    }

    /** An operation the caller's role allows, refused for what it is applied to (a liaison acting for another state). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** A single invalid field of the request body, reported as a validation problem. */
    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, Problems.countDetail(violations.size()),
                violations, List.of(), Map.of());
    }

    public static ProblemException badParameter(String parameter, String message) {
        return new ProblemException(ProblemType.BAD_PARAMETER, parameter + ": " + message,
                List.of(new Problem.Violation(parameter, message)), List.of(), Map.of());
    }

    public static ProblemException invalidTransition(String detail, List<String> allowed) {
        return new ProblemException(ProblemType.INVALID_TRANSITION, detail, List.of(), allowed, Map.of());
    }

    /** The resource not found, when it is one the change record keeps (else null). */
    public ResourceKey resource() {
        return resource;
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem(String instance) {
        return new Problem(type.uri, type.title, type.status, getMessage(), instance,
                violations.isEmpty() ? null : violations,
                type == ProblemType.INVALID_TRANSITION || !allowed.isEmpty() ? allowed : null,
                details.isEmpty() ? null : details);
    }
}
