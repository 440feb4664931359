package org.csto.dectrack.support;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** The change feed as a test follows it. */
public final class ChangeFeed {
    private ChangeFeed() {
    }

    /** The cursor after every change so far that {@code as} may see: follows {@code next} until a page is empty. */
    public static long head(Supplier<RequestSpecification> as) {
        long next = 0;
        while (true) {
            JsonPath page = as.get().queryParam("after", next).queryParam("limit", 1000).get("/api/v1/changes").then()
                    .statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return next;
            }
            next = page.getLong("next");
        }
    }
}
