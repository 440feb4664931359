package org.csto.dectrack.shared.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;
import java.util.function.Supplier;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemText;

/**
 * What the current caller may do beyond its role: the member state a liaison acts for and the clearance that decides
 * which documents exist for it ({@link Visibility}). Outside a request (startup, the demo data) the service acts for
 * itself and sees everything.
 *
 * @param state the member state a liaison acts for, or null
 */
public record Access(String name, Set<String> roles, String state, Classification clearance) {
    static final String STATE = "dectrack.state";
    static final String CLEARANCE = "dectrack.clearance";
    private static final Access SERVICE = new Access(Caller.SYSTEM, Set.of(), null, Classification.CONFIDENTIAL);

    /** Set while the service acts for itself inside a caller's request ({@link #asService}); never across requests. */
    private static final ThreadLocal<Boolean> ACTING_AS_SERVICE = ThreadLocal.withInitial(() -> false);

    public static Access current() {
        if (ACTING_AS_SERVICE.get()) {
            return SERVICE;
        }
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SERVICE;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            // No API operation admits an anonymous caller (every one names roles, the rest are denied; the access
            // matrix test holds that), so an anonymous identity is the service's own work: startup, the demo data.
            return SERVICE;
        }
        Classification clearance = identity.getAttribute(CLEARANCE);
        return new Access(identity.getPrincipal().getName(), identity.getRoles(), identity.getAttribute(STATE),
                clearance == null ? defaultClearance(identity.getRoles()) : clearance);
    }

    /**
     * Runs {@code work} as the service itself, seeing everything: for what the service keeps whoever triggers it, such
     * as the change record's states (a session's documents as they are, not as the writing caller may see them).
     */
    public static <T> T asService(Supplier<T> work) {
        boolean outer = ACTING_AS_SERVICE.get();
        ACTING_AS_SERVICE.set(true);
        try {
            return work.get();
        } finally {
            ACTING_AS_SERVICE.set(outer);
        }
    }

    /** The clearance a role gives when the user's configuration or token names none. */
    static Classification defaultClearance(Set<String> roles) {
        return roles.contains(Roles.ADMIN) || roles.contains(Roles.SECRETARIAT) ? Classification.CONFIDENTIAL
                : roles.contains(Roles.READER) ? Classification.RESTRICTED : Classification.PUBLIC;
    }

    /** True for a liaison officer who holds no Secretariat role: its writes are confined to its own state. */
    public boolean confinedToState() {
        return roles.contains(Roles.LIAISON) && !roles.contains(Roles.SECRETARIAT) && !roles.contains(Roles.ADMIN);
    }

    /**
     * Refuses (403) a liaison acting for a state other than its own; anyone else may act for any state.
     *
     * @param what what is being done, for the problem's detail
     */
    public void requireActsFor(String party, String what) {
        if (confinedToState() && (state == null || !state.equals(party))) {
            throw ProblemException.forbidden("liaison.actsFor", state == null ? new ProblemText("liaison.noState") : state, what, party);
        }
    }

    /** Refuses (403) classifying a document above the caller's own clearance, which would hide it from its author. */
    public void requireClears(Classification classification) {
        if (!clearance.clears(classification)) {
            throw ProblemException.forbidden("clearance.classify", clearance, classification);
        }
    }
}
