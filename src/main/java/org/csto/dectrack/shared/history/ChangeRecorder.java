package org.csto.dectrack.shared.history;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.csto.dectrack.shared.security.Visibility;

/**
 * Every {@code @Transactional} method is a write: when the outermost one returns, still inside its transaction, the
 * change record gets one entry per resource it changed ({@link ChangeLog#append}). Bound to {@code @Transactional}
 * itself, so that no write path can forget it; it runs inside the transaction interceptor (a higher priority). It also
 * restricts the transaction's session to what the caller may see ({@link Visibility#restrict}).
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ChangeRecorder {
    @Inject ChangeCollector collector;
    @Inject ChangeLog log;
    @Inject EntityManager em;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        // The transaction's session serves the caller: it sees what the caller may see (reads in writes included).
        Visibility.restrict(em);
        ChangeCollector.Pending pending = collector.enter();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception | Error e) {
            collector.leave(pending);
            throw e;
        }
        if (collector.leave(pending) && !collector.rollbackOnly()) {
            log.append(pending.touched);
        }
        return result;
    }
}
