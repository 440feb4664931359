package org.csto.dectrack.shared.security;

/** Role names used in {@code @RolesAllowed}; the authentication mechanism maps users onto them. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SECRETARIAT = "secretariat";
    public static final String READER = "reader";

    private Roles() {
    }
}
