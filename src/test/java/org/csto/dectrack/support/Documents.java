package org.csto.dectrack.support;

import static org.csto.dectrack.support.Api.secretariat;

import java.time.LocalDate;
import java.util.Map;

/**
 * Documents for tests: a draft CSC decision titled with a unique word, unless overridden. Positions, ratifications and
 * relations are recorded through their own endpoints.
 */
public final class Documents extends Builder<Documents> {
    private final String word = Unique.word();

    private Documents(String type) {
        super("/api/v1/documents");
        with("type", type).with("body", "CSC").titled("Документ " + word, "Document " + word);
    }

    public static Documents draft(String type) {
        return new Documents(type);
    }

    public static Documents adopted(String type, LocalDate adoptedOn) {
        return new Documents(type).with("adoptionStatus", "ADOPTED").with("adoptedOn", adoptedOn);
    }

    /** The unique word in the default titles, for {@code q} searches. */
    public String word() {
        return word;
    }

    /** Considered or adopted at {@code session}, with the session's body. */
    public Documents at(String session) {
        return with("session", session).with("body", null);
    }

    public Documents titled(String ru, String en) {
        return with("titles", Map.of("ru", ru, "en", en));
    }

    /** Records a state's position (first recording, so no ETag). */
    public static void position(String document, String state, Map<String, Object> position) {
        secretariat().body(position).put("/api/v1/documents/" + document + "/positions/" + state).then().statusCode(201);
    }

    /** Records a state's ratification dates (first recording, so no ETag). */
    public static void ratification(String document, String state, Map<String, Object> dates) {
        secretariat().body(dates).put("/api/v1/documents/" + document + "/ratifications/" + state).then().statusCode(201);
    }

    /** Links {@code source} to {@code target}; returns the relation's id. */
    public static String relate(String source, String type, String target) {
        return secretariat().body(Map.of("type", type, "target", target)).post("/api/v1/documents/" + source + "/relations")
                .then().statusCode(201).extract().path("id");
    }
}
