package org.csto.dectrack.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens as the Organization's OpenID Connect provider issues them (Keycloak's layout: realm roles under
 * {@code realm_access.roles}), signed with the test key {@code tokens/signing-key.pem}. The test profile trusts its
 * public half ({@code quarkus.oidc.public-key}); a packaged instance is told to with {@link #trustedBy()}.
 */
public final class Tokens {
    public static final String ISSUER = "https://sso.test/realms/csto";

    private Tokens() {
    }

    /** A token's claims for a user with one role, valid for five minutes. */
    public static JwtClaimsBuilder claims(String user, String role) {
        return Jwt.issuer(ISSUER).subject(user + "-id").preferredUserName(user)
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(300);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(signingKey());
    }

    public static PrivateKey signingKey() {
        try {
            return KeyUtils.readPrivateKey("tokens/signing-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException("src/test/resources/tokens/signing-key.pem cannot be read", e);
        }
    }

    /** The system properties that make a packaged instance (production build) trust these tokens instead of a provider. */
    public static List<String> trustedBy() {
        return List.of("-Dquarkus.oidc.tenant-enabled=true", "-Dquarkus.oidc.public-key=" + publicKey(),
                "-Dquarkus.oidc.token.issuer=" + ISSUER);
    }

    /** The public half of the signing key, base64 of its DER encoding, as {@code quarkus.oidc.public-key} takes it. */
    static String publicKey() {
        try {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) signingKey();
            BigInteger modulus = key.getModulus();
            var publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, key.getPublicExponent()));
            return Base64.getEncoder().encodeToString(publicKey.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException("The public half of the test signing key cannot be derived", e);
        }
    }
}
