package org.csto.dectrack.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.Consumer;

/** Row locks for writes that change what a row's ETag stands for without changing the row itself. */
public final class Locks {
    private Locks() {
    }

    /**
     * Loads the row locked ({@code select … for update}), then bumps its version: concurrent writers queue on the lock,
     * and the row's ETag changes, and the change record gets a new version of it. Asking for OPTIMISTIC_FORCE_INCREMENT here instead would be a no-op (a weaker mode than
     * the one held), and PESSIMISTIC_FORCE_INCREMENT at load time lets two writers read before either locks (a
     * deadlock on H2). Returns null when there is no such row.
     */
    public static <T> T lockAndBump(EntityManager em, Class<T> type, Object id) {
        return lockAndBump(em, type, id, row -> { });
    }

    /**
     * As {@link #lockAndBump(EntityManager, Class, Object)}, with {@code locked} given the row under its lock before the
     * bump changes its version: the moment to compare an If-Match with the version the caller saw.
     */
    public static <T> T lockAndBump(EntityManager em, Class<T> type, Object id, Consumer<T> locked) {
        T row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row != null) {
            locked.accept(row);
            em.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            if (row instanceof AuditedEntity audited) {
                AuditListener.touched(audited);
            }
        }
        return row;
    }
}
