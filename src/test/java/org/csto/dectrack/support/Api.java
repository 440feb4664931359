package org.csto.dectrack.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the demo users. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Requests with a bearer token (see {@link Tokens}). */
    public static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification reader() {
        return as("reader");
    }

    public static RequestSpecification secretariat() {
        return as("secretariat");
    }

    public static RequestSpecification admin() {
        return as("admin");
    }

    /** The current ETag of a resource. */
    public static String etag(String path) {
        return reader().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
