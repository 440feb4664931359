package org.csto.dectrack.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The suite's configuration (H2, or PostgreSQL with {@code -Dquarkus.test.profile=pg}) with a search that takes every
 * word found in any document as frequent (threshold 0 instead of 1,000), so that a test reaches that path with a handful
 * of rows. On PostgreSQL, where the frequency is the planner's estimate (never below one row), every word does.
 */
public class EveryWordFrequent implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dectrack.search.frequent-above", "0");
    }

    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }
}
