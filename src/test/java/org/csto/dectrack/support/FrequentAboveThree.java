package org.csto.dectrack.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The suite's configuration (H2, or PostgreSQL with {@code -Dquarkus.test.profile=pg}) with a search that counts a word
 * as frequent above three documents instead of a thousand, so that a test reaches that path with a handful of rows.
 */
public class FrequentAboveThree implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dectrack.search.frequent-above", "3");
    }

    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }
}
