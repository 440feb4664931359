package org.csto.dectrack.shared.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of resource whose changes the change record keeps: the name in the feed, and the collection in URLs. */
public enum ResourceType {
    DOCUMENT("document", "documents"),
    SESSION("session", "sessions"),
    MEASURE("measure", "measures"),
    MEMBER_STATE("member-state", "member-states"),
    BODY("body", "bodies"),
    CHAIRMANSHIP("chairmanship", "chairmanships"),
    ORGANIZATION("organization", "organizations"),
    ACTIVITY("activity", "activities");

    /** Every {@link #code}, for the API documentation of the change feed's {@code types}. */
    public static final String CODES = "document, session, measure, member-state, body, chairmanship, organization, activity";

    private final String code;
    private final String collection;

    ResourceType(String code, String collection) {
        this.code = code;
        this.collection = collection;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String url(String id) {
        return "/api/v1/" + collection + "/" + id;
    }

    public String historyUrl(String id) {
        return url(id) + "/history";
    }

    public static Optional<ResourceType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
