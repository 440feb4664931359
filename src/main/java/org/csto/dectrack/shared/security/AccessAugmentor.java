package org.csto.dectrack.shared.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Completes every signed-in identity, whether from HTTP Basic (embedded users) or from a bearer token: every role of
 * the service reads ({@link Roles#READER}); a liaison's member state and a clearance come from the user's
 * configuration ({@link AccessConfig}) or else from the token's claims.
 */
@ApplicationScoped
public class AccessAugmentor implements SecurityIdentityAugmentor {
    private static final Set<String> SERVICE_ROLES = Set.of(Roles.ADMIN, Roles.SECRETARIAT, Roles.LIAISON, Roles.READER, Roles.SYSTEM);

    @Inject AccessConfig config;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getRoles().stream().noneMatch(SERVICE_ROLES::contains)) {
            return Uni.createFrom().item(identity);
        }
        String name = identity.getPrincipal().getName();
        Optional<AccessConfig.User> user = Optional.ofNullable(config.users().get(name));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity).addRole(Roles.READER);
        user.flatMap(AccessConfig.User::state).or(() -> claim(identity, config.stateClaim()))
                .map(state -> state.trim().toUpperCase(Locale.ROOT))
                .ifPresent(state -> builder.addAttribute(Access.STATE, state));
        user.flatMap(AccessConfig.User::clearance)
                .or(() -> claim(identity, config.clearanceClaim()).flatMap(AccessAugmentor::clearance))
                .ifPresent(clearance -> builder.addAttribute(Access.CLEARANCE, clearance));
        return Uni.createFrom().item(builder.build());
    }

    private static Optional<String> claim(SecurityIdentity identity, String claim) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getClaim(claim) == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(claim);
        return Optional.of(value instanceof JsonString text ? text.getString() : value.toString());
    }

    private static Optional<Classification> clearance(String value) {
        try {
            return Optional.of(Classification.valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.of(Classification.PUBLIC);
        }
    }
}
