package org.csto.dectrack.shared.security;

import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.csto.dectrack.shared.time.TimeSource;
import org.hibernate.Session;

/**
 * The one rule of who sees what: a document exists for a caller when its classification, as in effect today (public
 * from its declassification date on), is within the caller's clearance; its measures, reports, positions,
 * ratifications, relations, transitions and change-record entries exist when it does.
 *
 * <p>The rule is a Hibernate filter, with the current caller's clearance and today's date as parameters, applied to
 * finds by id ({@code applyToLoadByKey}): every query, count, subquery and load of these entities leaves out what the
 * caller may not see, so no read path can forget it. Each entity names the filter with one of the conditions below.
 * Native SQL is not filtered and must not read these tables for a caller.
 *
 * <p>It is enabled ({@link #restrict}) in every session that serves a caller whose clearance does not cover everything:
 * the request's session by {@link VisibilityRequestFilter} before any resource method, and each transaction's session
 * by the change recorder, which every {@code @Transactional} method passes. It is not enabled for the others (the
 * Secretariat, the service itself): Hibernate does not cache the translation of a query while any filter is enabled,
 * which made every read of theirs 1.3 to 2.5 times slower for nothing (docs/performance.md).
 */
public final class Visibility {
    public static final String FILTER = "visible";

    /** A document row ({@code {alias}}: the filtered entity's alias): public, declassified, or within the clearance. */
    static final String DOCUMENT_ROW = "({alias}.classification = 'PUBLIC' or {alias}.declassify_on <= :today"
            + " or ({alias}.classification = 'RESTRICTED' and :clearance >= 1) or :clearance >= 2)";

    /** The same rule on a document row under alias {@code vd} (annotations take constants only; a test holds the two equal). */
    static final String DOCUMENT_VD = "(vd.classification = 'PUBLIC' or vd.declassify_on <= :today"
            + " or (vd.classification = 'RESTRICTED' and :clearance >= 1) or :clearance >= 2)";

    /** The document itself. */
    public static final String DOCUMENT = DOCUMENT_ROW;

    /** Rows that belong to a document through a {@code document_id} column. */
    public static final String BY_DOCUMENT = "(:clearance >= 2 or exists (select 1 from document vd where vd.id = {alias}.document_id and "
            + DOCUMENT_VD + "))";

    /** A relation: both of its ends. */
    public static final String BOTH_ENDS = "(:clearance >= 2 or (exists (select 1 from document vd where vd.id = {alias}.source_id and "
            + DOCUMENT_VD + ") and exists (select 1 from document vd where vd.id = {alias}.target_id and " + DOCUMENT_VD + ")))";

    /** A progress report: through its measure's document. */
    public static final String BY_MEASURE = "(:clearance >= 2 or exists (select 1 from measure vm join document vd on vd.id = vm.document_id"
            + " where vm.id = {alias}.measure_id and " + DOCUMENT_VD + "))";

    /** A change-record entry carries its document's classification (null for what is not classified). */
    public static final String RECORDED = "({alias}.classification is null or " + DOCUMENT_ROW + ")";

    private Visibility() {
    }

    /** Enables the filter in the current session (the transaction's, else the request's) when the caller needs it. */
    public static void restrict(EntityManager em) {
        if (Access.current().clearance() != Classification.CONFIDENTIAL) {
            Session session = em.unwrap(Session.class);
            if (session.getEnabledFilter(FILTER) == null) {
                session.enableFilter(FILTER);
            }
        }
    }

    /** The filter's {@code clearance} parameter: the current caller's clearance as a rank (PUBLIC 0 … CONFIDENTIAL 2). */
    public static final class ClearanceParameter implements Supplier<Integer> {
        @Override
        public Integer get() {
            return Access.current().clearance().ordinal();
        }
    }

    /** The filter's {@code today} parameter: the day declassification dates are compared with. */
    public static final class TodayParameter implements Supplier<LocalDate> {
        @Override
        public LocalDate get() {
            return Arc.container().instance(TimeSource.class).get().today();
        }
    }
}
