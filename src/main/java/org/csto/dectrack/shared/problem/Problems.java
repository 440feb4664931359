package org.csto.dectrack.shared.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem documents and the responses that carry them. */
public final class Problems {
    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri, type.title, type.status, detail, instance, null, null, null);
    }

    /** A validation problem listing the fields that are not valid. */
    public static Problem invalid(List<Problem.Violation> violations, String instance) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(type.uri, type.title, type.status, countDetail(violations.size()), instance, violations, null, null);
    }

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
}
