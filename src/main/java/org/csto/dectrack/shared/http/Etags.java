package org.csto.dectrack.shared.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemType;

/**
 * ETags are the row version, quoted ({@code "12"}); a representation that also depends on the day adds what the day
 * made of it after a dot ({@code "12.late3"}: 3 days late), so that a 304 never hides a flag that flipped overnight.
 * Writes must name the version they were based on: If-Match compares the version, since the day's part describes the
 * date of reading, not the record.
 */
public final class Etags {
    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The tag of a representation computed for a day: the version, then {@code dayState} unless it is empty. */
    public static EntityTag of(long version, String dayState) {
        return dayState.isEmpty() ? of(version) : new EntityTag(version + "." + dayState);
    }

    /** 428 when If-Match is missing, 412 when it names another version; otherwise returns the expected version. */
    public static long require(String ifMatch, long currentVersion) {
        long expected = parse(ifMatch);
        if (expected != currentVersion) {
            throw stale();
        }
        return expected;
    }

    /**
     * A PUT that creates the row when it is absent: creating takes no If-Match (or {@code *}), replacing needs one that
     * names the current version.
     *
     * @param currentVersion the row's version, or null when there is no row yet
     */
    public static void requireForUpsert(String ifMatch, Long currentVersion) {
        if (currentVersion != null) {
            require(ifMatch, currentVersion);
        } else if (ifMatch != null && !ifMatch.trim().equals("*")) {
            throw stale();
        }
    }

    /** Parses If-Match into a version, answering 428 when absent and 412 when it is not a quoted version (as {@code *}). */
    public static long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "ifMatch.missing");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.indexOf('.') > 0) {
            value = value.substring(0, value.indexOf('.'));
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "ifMatch.stale");
    }

    /**
     * 200 with the ETag, or 304 when the caller's If-None-Match already names this version; a stale If-Match is a 412
     * problem like on writes.
     */
    public static Response conditionalGet(Request request, long version, Object view) {
        return conditionalGet(request, of(version), view);
    }

    /** As {@link #conditionalGet(Request, long, Object)}, for a tag that also names the day's state. */
    public static Response conditionalGet(Request request, EntityTag tag, Object view) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            Response response = notModified.tag(tag).build();
            if (response.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
                throw stale();
            }
            return response;
        }
        return Response.ok(view).tag(tag).build();
    }
}
