package org.csto.dectrack.shared.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * Who acts for which member state and with what clearance. Per user ({@code dectrack.access.users."tj-liaison".state=TJ})
 * for users of the embedded setup or to override a token; from token claims otherwise.
 */
@ConfigMapping(prefix = "dectrack.access")
public interface AccessConfig {
    /** Per user name: the member state a liaison acts for, and a clearance other than its role's. */
    Map<String, User> users();

    /** The token claim that names the member state a liaison acts for (a member state's code). */
    @WithDefault("member_state")
    String stateClaim();

    /** The token claim that names a clearance (PUBLIC, RESTRICTED or CONFIDENTIAL) other than the role's. */
    @WithDefault("clearance")
    String clearanceClaim();

    interface User {
        Optional<String> state();

        Optional<Classification> clearance();
    }
}
