package org.csto.dectrack.shared.security;

/**
 * Role names used in {@code @RolesAllowed}; the authentication mechanisms map users and tokens onto them. Every role
 * reads: {@link AccessAugmentor} gives every signed-in caller {@link #READER} beside its own role, so reads are
 * {@code @RolesAllowed(READER)} and writes name the roles that may make them.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SECRETARIAT = "secretariat";
    /** A member state's liaison officer: reports on its state's measures and records its state's ratification steps. */
    public static final String LIAISON = "liaison";
    public static final String READER = "reader";
    /** A service account of an internal system: reads and the change feed, no writes. */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
