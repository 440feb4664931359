package org.csto.dectrack.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Assertions on problem+json responses. */
public final class Problems {
    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", equalTo(type))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }
}
