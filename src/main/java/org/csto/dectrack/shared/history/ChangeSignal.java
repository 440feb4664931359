package org.csto.dectrack.shared.history;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes the change feed's long polls of this instance when a write commits here; writes of other instances are seen
 * by polling ({@link #await} returns after at most the given time). Holds no data, only a counter of commits.
 */
@ApplicationScoped
public class ChangeSignal {
    private final Object monitor = new Object();
    private long commits;

    public long commits() {
        synchronized (monitor) {
            return commits;
        }
    }

    void committed() {
        synchronized (monitor) {
            commits++;
            monitor.notifyAll();
        }
    }

    /** Waits until a commit after {@code seen} or until {@code millis} pass. */
    public void await(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (monitor) {
            long left;
            while (commits == seen && (left = (deadline - System.nanoTime()) / 1_000_000) > 0) {
                monitor.wait(left);
            }
        }
    }
}
