package org.csto.dectrack.document;

import static org.csto.dectrack.shared.paging.Sorting.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.csto.dectrack.document.DocumentViews.DocumentSummary;
import org.csto.dectrack.document.DocumentViews.DocumentView;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.InMemoryPage;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.text.SearchTerms;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.TimeSource;

/** The document list: filters, sort keys, and the SQL twin of the legal-force rule. */
@ApplicationScoped
public class DocumentQueries {
    /** The list's default order, which {@code document_page_order_idx} serves. */
    static final String DEFAULT_SORT = "-adoptedOn,reference";
    public static final Sorting SORTING = Sorting.of("d.id", DEFAULT_SORT,
            key("adoptedOn", "d.adoptedOn", LocalDate.class), key("reference", "d.reference", String.class),
            key("type", "d.type", DocumentType.class));

    private static final List<PositionKind> SIGNATURES = List.of(PositionKind.SIGNED, PositionKind.JOINED_LATER);

    @Inject TimeSource time;
    @Inject EntityManager em;
    @Inject DocumentAsOf asOf;
    @Inject DocumentSearch search;

    /** The sort keys of {@link #SORTING} for a list sorted in memory. */
    @SuppressWarnings("rawtypes")
    private static final Map<String, Function<DocumentView, Comparable>> SORTED_IN_MEMORY = Map.of(
            "adoptedOn", DocumentView::adoptedOn, "reference", DocumentView::reference, "type", DocumentView::type,
            "updatedAt", DocumentView::updatedAt);


    /** The filters of the list, each optional; {@code q} and {@code tag} are matched as {@link Document} normalises them. */
    public record DocumentQuery(String q, DocumentType type, String body, UUID session, Integer year,
                                AdoptionStatus adoptionStatus, LegalForce legalForce, String tag, String signedBy,
                                String notSignedBy, Integer entryIntoForceYear) {
    }

    /**
     * A page of the list as of a day ({@code at.day()}: today for the ordinary list): documents considered by then,
     * positions dated by then, legal force on that day. As recorded at an instant, from the change record, in memory.
     */
    public PageView<DocumentSummary> summaries(DocumentQuery query, PageRequest page, AsOf at, Lang lang) {
        LocalDate day = at.day();
        if (at.recorded() != null) {
            List<DocumentView> matching = asOf.allAsRecorded(at, lang).stream().filter(d -> matches(query, d, day))
                    .map(DocumentAsOf.RecordedDocument::view).toList();
            return InMemoryPage.of(matching, page, SORTED_IN_MEMORY, DocumentView::id, DocumentView::updatedAt)
                    .map(DocumentSummary::of);
        }
        boolean historical = at.historical(time.today());
        return list(query, page, day, historical).map(d -> historical ? DocumentSummary.of(d, lang, day).upTo(day)
                : DocumentSummary.of(d, lang, day));
    }

    /** Count and page in two statements; tags of the whole page come in one more (batch fetching). */
    private PageView<Document> list(DocumentQuery query, PageRequest page, LocalDate day, boolean historical) {
        Integer year = query.year();
        // A frequent word in the default order: walk the order, stop after the page, count no further (DocumentSearch).
        DocumentSearch.Match match = query.q() == null ? null : search.match(query.q(), page.sort().equals(DEFAULT_SORT));
        boolean walk = match != null && match.frequent();
        // On the walk, type and body (each a fifth of the documents or more) filter the rows walked: written as
        // expressions, so that H2 does not start from their own indexes and sort every document of a type or body.
        WhereClause where = new WhereClause()
                .and(walk ? "str(d.type) = :type" : "d.type = :type", "type",
                        query.type() == null ? null : walk ? query.type().name() : query.type())
                .and(walk ? "concat(d.body, '') = :body" : "d.body = :body", "body", query.body())
                .and("d.sessionId = :session", "session", query.session())
                .and("d.consideredOn >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .and("d.consideredOn <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31))
                .and("d.adoptionStatus = :adoptionStatus", "adoptionStatus", query.adoptionStatus())
                .and(":tag member of d.tags", "tag", query.tag() == null ? null : Document.normalizeTag(query.tag()))
                .and("d.entryIntoForce >= :forceFrom", "forceFrom",
                        query.entryIntoForceYear() == null ? null : LocalDate.of(query.entryIntoForceYear(), 1, 1))
                .and("d.entryIntoForce <= :forceTo", "forceTo",
                        query.entryIntoForceYear() == null ? null : LocalDate.of(query.entryIntoForceYear(), 12, 31));
        if (match != null) {
            search.restrict(where, match, walk);
        }
        String dated = historical ? " and (p.date is null or p.date <= :day)" : "";
        if (historical) {
            where.and("(d.consideredOn is null or d.consideredOn <= :day)").bind("day", day);
        }
        String signed = "exists (select 1 from Position p where p.documentId = d.id and p.state = :%s and p.position in :signatures"
                + dated + ")";
        if (query.signedBy() != null) {
            where.and(signed.formatted("signedBy")).bind("signedBy", query.signedBy()).bind("signatures", SIGNATURES);
        }
        if (query.notSignedBy() != null) {
            where.and("not " + signed.formatted("notSignedBy")).bind("notSignedBy", query.notSignedBy()).bind("signatures", SIGNATURES);
        }
        if (query.legalForce() != null) {
            legalForcePredicate(where, query.legalForce(), day);
        }
        return walk ? where.pageUncounted(em, Document.class, "Document d", "d", page)
                : where.page(em, Document.class, "Document d", "d", page);
    }

    /** The list's filters in memory, on a recorded document already on the day: the twin of {@link #list}. */
    static boolean matches(DocumentQuery query, DocumentAsOf.RecordedDocument recorded, LocalDate day) {
        DocumentView d = recorded.view();
        LocalDate considered = recorded.consideredOn();
        Integer year = query.year();
        return (considered == null || !considered.isAfter(day))
                && (query.q() == null || SearchTerms.matches(Document.searchTermsOf(d.reference(), d.titles().ru(), d.titles().en(),
                        d.summaries().ru(), d.summaries().en()), SearchTerms.query(query.q())))
                && (query.type() == null || query.type() == d.type())
                && (query.body() == null || query.body().equals(d.body()))
                && (query.session() == null || query.session().equals(d.session()))
                && (year == null || considered != null && considered.getYear() == year)
                && (query.adoptionStatus() == null || query.adoptionStatus() == d.adoptionStatus())
                && (query.legalForce() == null || query.legalForce() == d.legalForce())
                && (query.tag() == null || d.tags().contains(Document.normalizeTag(query.tag())))
                && (query.signedBy() == null || signed(d, query.signedBy()))
                && (query.notSignedBy() == null || !signed(d, query.notSignedBy()))
                && (query.entryIntoForceYear() == null
                || d.entryIntoForce() != null && d.entryIntoForce().getYear() == query.entryIntoForceYear());
    }

    private static boolean signed(DocumentView d, String state) {
        return d.positions().stream().anyMatch(p -> p.state().equals(state) && SIGNATURES.contains(p.position()));
    }

    /** The SQL twin of {@link LegalForcePolicy#evaluate}: the stored columns decide, "today" is a parameter. */
    static void legalForcePredicate(WhereClause where, LegalForce force, LocalDate today) {
        String adopted = "d.adoptionStatus = :adopted";
        String live = adopted + " and d.terminatedAs is null and (d.validTo is null or d.validTo >= :today)";
        String clause = switch (force) {
            case SUPERSEDED, REPEALED -> adopted + " and d.terminatedAs = :terminatedAs";
            case EXPIRED -> adopted + " and d.terminatedAs is null and d.validTo < :today";
            case NOT_YET_IN_FORCE -> "(d.adoptionStatus <> :adopted or (" + live
                    + " and (d.entryIntoForce is null or d.entryIntoForce > :today)))";
            case PARTIALLY_IN_FORCE -> "(" + live + " and d.entryIntoForce <= :today"
                    + " and (d.fullForceFrom is null or d.fullForceFrom > :today))";
            case IN_FORCE -> "(" + live + " and d.entryIntoForce <= :today and d.fullForceFrom <= :today)";
        };
        where.and(clause).bind("adopted", AdoptionStatus.ADOPTED);
        if (force == LegalForce.SUPERSEDED || force == LegalForce.REPEALED) {
            where.bind("terminatedAs", force.name());
        } else {
            where.bind("today", today);
        }
    }
}
