package org.csto.dectrack.shared.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The two ways to sign in: HTTP Basic (the scanner's scheme, named {@link #BASIC} in configuration: the embedded demo
 * setup) and bearer tokens from the Organization's OpenID Connect provider ({@link #BEARER}: production). Every
 * operation accepts either, with the same roles.
 */
public final class SecuritySchemes {
    public static final String BASIC = "basic";
    public static final String BEARER = "bearer";

    private SecuritySchemes() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(BASIC)) {
            return;
        }
        openAPI.getComponents().getSecuritySchemes().get(BASIC)
                .description("HTTP Basic with the users of the embedded demo setup (see docs/security.md); off in production");
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token from the Organization's OpenID Connect provider: realm roles in "
                        + "realm_access.roles, a liaison's member state in member_state, an optional clearance in clearance "
                        + "(see docs/security.md). Tokens are handled as RFC8725 (JWT Best Current Practices) asks: the "
                        + "signature, algorithm, issuer and expiry are checked against the provider's published keys"));
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() == null) {
                    continue;
                }
                List<SecurityRequirement> either = new ArrayList<>();
                for (SecurityRequirement requirement : operation.getSecurity()) {
                    either.add(requirement);
                    List<String> roles = requirement.getScheme(BASIC);
                    if (roles != null) {
                        either.add(OASFactory.createSecurityRequirement().addScheme(BEARER, roles));
                    }
                }
                operation.setSecurity(either);
            }
        }
    }
}
