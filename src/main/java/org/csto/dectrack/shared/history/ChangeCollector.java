package org.csto.dectrack.shared.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The resources a transaction has changed so far, kept with the transaction itself (not in a field of this bean), so
 * that {@link ChangeRecorder} can append their entries before it commits.
 */
@ApplicationScoped
public class ChangeCollector {
    private static final Object KEY = ChangeCollector.class;

    @Inject TransactionSynchronizationRegistry registry;

    /** What one transaction changed, and how deep the nesting of transactional methods is. */
    static final class Pending {
        final Set<ResourceKey> touched = new LinkedHashSet<>();
        int depth;
    }

    /** Called by the persistence listener for every row written: notes the resources the row belongs to. */
    public void touched(Collection<ResourceKey> keys) {
        if (!keys.isEmpty() && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            pending().touched.addAll(keys);
        }
    }

    Pending enter() {
        Pending pending = pending();
        pending.depth++;
        return pending;
    }

    /** Leaves one transactional method; true when it was the outermost, whose end is the transaction's. */
    boolean leave(Pending pending) {
        return --pending.depth == 0;
    }

    boolean rollbackOnly() {
        return registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
    }

    private Pending pending() {
        Pending pending = (Pending) registry.getResource(KEY);
        if (pending == null) {
            pending = new Pending();
            registry.putResource(KEY, pending);
        }
        return pending;
    }
}
