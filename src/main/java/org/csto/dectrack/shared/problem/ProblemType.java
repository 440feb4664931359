package org.csto.dectrack.shared.problem;

import jakarta.ws.rs.core.Response.Status;

/** The stable kinds of problem the API reports; {@code type} is the URI clients switch on. */
public enum ProblemType {
    VALIDATION(400, "/problems/validation", "Request is not valid"),
    MALFORMED(400, "/problems/malformed-request", "Request body could not be read"),
    BAD_PARAMETER(400, "/problems/bad-parameter", "Query or path parameter is not valid"),
    UNAUTHENTICATED(401, "/problems/unauthenticated", "Authentication required"),
    FORBIDDEN(403, "/problems/forbidden", "Not allowed for your role"),
    NOT_FOUND(404, "/problems/not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "/problems/method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "/problems/not-acceptable", "Representation not available"),
    GONE(410, "/problems/gone", "Resource was deleted"),
    CONFLICT(409, "/problems/conflict", "Conflict with the current state"),
    INVALID_TRANSITION(409, "/problems/invalid-transition", "Transition not allowed"),
    PRECONDITION_FAILED(412, "/problems/precondition-failed", "Resource has changed"),
    PAYLOAD_TOO_LARGE(413, "/problems/payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "/problems/unsupported-media-type", "Content type not supported"),
    PRECONDITION_REQUIRED(428, "/problems/precondition-required", "If-Match header required"),
    INTERNAL(500, "/problems/internal", "Internal error"),
    UNAVAILABLE(503, "/problems/unavailable", "Service busy");

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String uri, String title) {
        this.status = status;
        this.uri = uri;
        this.title = title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : Status.Family.familyOf(status) == Status.Family.CLIENT_ERROR ? BAD_PARAMETER : INTERNAL;
    }
}
