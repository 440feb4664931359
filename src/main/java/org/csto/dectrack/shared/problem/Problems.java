package org.csto.dectrack.shared.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.csto.dectrack.shared.i18n.Lang;

/** Builds problem documents and the responses that carry them. */
public final class Problems {
    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /** A problem whose detail is a key of the problem bundles (or literal text) with its arguments, in {@code lang}. */
    public static Problem of(ProblemType type, Lang lang, String detail, String instance, Object... args) {
        return new Problem(type.uri, ProblemText.title(type, lang), type.status, new ProblemText(detail, args).in(lang), instance,
                null, null, null);
    }

    /** A validation problem listing the fields that are not valid (their messages already in {@code lang}). */
    public static Problem invalid(List<Problem.Violation> violations, String instance, Lang lang) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(type.uri, ProblemText.title(type, lang), type.status, countDetail(violations.size()).in(lang), instance,
                violations, null, null);
    }

    static ProblemText countDetail(int count) {
        return new ProblemText(count == 1 ? "fields.one" : "fields.many", count);
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
}
