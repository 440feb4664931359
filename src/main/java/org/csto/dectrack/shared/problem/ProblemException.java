package org.csto.dectrack.shared.problem;

import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.i18n.Lang;

/**
 * Thrown by services and resources to answer with a problem; mapped by {@link ProblemMappers}. Details and messages are
 * keys of the problem bundles with their arguments ({@link ProblemText}), rendered in the caller's language.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final transient ProblemText detail;
    private final transient List<FieldText> violations;
    private final transient List<String> allowed;
    private final transient Map<String, Object> details;
    private final transient ResourceKey resource;

    /** A field and what is wrong with it, before it is put in a language. */
    public record FieldText(String field, ProblemText message) {
        Problem.Violation in(Lang lang) {
            return new Problem.Violation(field, message.in(lang));
        }
    }

    public ProblemException(ProblemType type, String detail, Object... args) {
        this(type, new ProblemText(detail, args), List.of(), List.of(), Map.of(), null);
    }

    public ProblemException(ProblemType type, ProblemText detail, List<FieldText> violations, List<String> allowed,
                            Map<String, Object> details) {
        this(type, detail, violations, allowed, details, null);
    }

    private ProblemException(ProblemType type, ProblemText detail, List<FieldText> violations,
                             List<String> allowed, Map<String, Object> details, ResourceKey resource) {
        super(detail.in(Lang.EN), null, false, false);
        this.resource = resource;
        this.type = type;
        this.detail = detail;
        this.violations = violations;
        this.allowed = allowed;
        this.details = details;
    }

    /** What one row is called ("Measure", "member-state"), in the caller's language when the bundles name it. */
    public static ProblemText noun(String what) {
        return new ProblemText("noun." + what.replace(' ', '-')).knownOr(what);
    }

    private static ProblemText notFoundText(String what, Object id) {
        return new ProblemText("notFound", noun(what), id);
    }

    /** A 404 whose detail is a key of the problem bundles with its arguments. */
    public static ProblemException missing(String key, Object... args) {
        return new ProblemException(ProblemType.NOT_FOUND, key, args);
    }

    /** A 404 for what is read as recorded at an instant, when the record held nothing of it then. */
    public static ProblemException notFoundAsRecorded(String what, Object id, Object recordedAt) {
        return missing("notFound.recorded", noun(what), id, recordedAt);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, notFoundText(what, id), List.of(), List.of(), Map.of());
    }

    /** A 404 for a resource of the change record: a 410 instead when the record shows it was deleted. */
    public static ProblemException notFound(String what, ResourceKey resource) {
        return new ProblemException(ProblemType.NOT_FOUND, notFoundText(what, resource.id()), List.of(), List.of(), Map.of(),
                resource);
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
    public static ProblemException forbidden(String detail, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, args);
    }

    public static ProblemException conflict(String detail, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, detail, args);
    }

    /** A single invalid field of the request body, reported as a validation problem. */
    public static ProblemException invalidField(String field, String message, Object... args) {
        return invalidFields(List.of(new FieldText(field, new ProblemText(message, args))));
    }

    /** Violations whose messages are already in a language (or literal). */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        return invalidFields(violations.stream().map(v -> new FieldText(v.field(), new ProblemText(v.message()))).toList());
    }

    public static ProblemException invalidFields(List<FieldText> violations) {
        return new ProblemException(ProblemType.VALIDATION, Problems.countDetail(violations.size()), violations, List.of(), Map.of());
    }

    public static ProblemException badParameter(String parameter, String message, Object... args) {
        ProblemText text = new ProblemText(message, args);
        return new ProblemException(ProblemType.BAD_PARAMETER, new ProblemText("{0}: {1}", parameter, text),
                List.of(new FieldText(parameter, text)), List.of(), Map.of());
    }

    public static ProblemException invalidTransition(String detail, List<String> allowed, Object... args) {
        return new ProblemException(ProblemType.INVALID_TRANSITION, new ProblemText(detail, args), List.of(), allowed, Map.of());
    }

    /** The resource not found, when it is one the change record keeps (else null). */
    public ResourceKey resource() {
        return resource;
    }

    public ProblemType type() {
        return type;
    }

    /** The fields a validation problem names (empty for other problems). */
    public List<FieldText> violations() {
        return violations == null ? List.of() : violations;
    }

    /** What the problem says, in either language. */
    public ProblemText detail() {
        return detail;
    }

    /** The problem in English. */
    public Problem toProblem(String instance) {
        return toProblem(instance, Lang.EN);
    }

    public Problem toProblem(String instance, Lang lang) {
        return new Problem(type.uri, ProblemText.title(type, lang), type.status, detail.in(lang), instance,
                violations.isEmpty() ? null : violations.stream().map(v -> v.in(lang)).toList(),
                type == ProblemType.INVALID_TRANSITION || !allowed.isEmpty() ? allowed : null,
                details.isEmpty() ? null : details);
    }
}
