package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.TimeSource;

/** The document list: filters, sort keys, and the SQL twin of the legal-force rule. */
@ApplicationScoped
public class DocumentQueries {
    public static final Sorting SORTING = Sorting.of("d.id", "-adoptedOn,reference",
            "adoptedOn", "d.adoptedOn", "reference", "d.reference", "type", "d.type");

    private static final List<PositionKind> SIGNATURES = List.of(PositionKind.SIGNED, PositionKind.JOINED_LATER);

    @Inject TimeSource time;
    @Inject EntityManager em;


    /** The filters of the list, each optional; {@code q} and {@code tag} are matched as {@link Document} normalises them. */
    public record DocumentQuery(String q, DocumentType type, String body, UUID session, Integer year,
                                AdoptionStatus adoptionStatus, LegalForce legalForce, String tag, String signedBy,
                                String notSignedBy) {
    }

    /** Count and page in two statements; tags of the whole page come in one more (batch fetching). */
    public PageView<Document> list(DocumentQuery query, PageRequest page) {
        Integer year = query.year();
        WhereClause where = new WhereClause()
                .and("d.searchText like :q escape '!'", "q", query.q() == null ? null : Strings.containsPattern(Document.normalize(query.q())))
                .and("d.type = :type", "type", query.type())
                .and("d.body = :body", "body", query.body())
                .and("d.sessionId = :session", "session", query.session())
                .and("d.consideredOn >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .and("d.consideredOn <= :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year, 12, 31))
                .and("d.adoptionStatus = :adoptionStatus", "adoptionStatus", query.adoptionStatus())
                .and(":tag member of d.tags", "tag", query.tag() == null ? null : Document.normalizeTag(query.tag()));
        String signed = "exists (select 1 from Position p where p.documentId = d.id and p.state = :%s and p.position in :signatures)";
        if (query.signedBy() != null) {
            where.and(signed.formatted("signedBy")).bind("signedBy", query.signedBy()).bind("signatures", SIGNATURES);
        }
        if (query.notSignedBy() != null) {
            where.and("not " + signed.formatted("notSignedBy")).bind("notSignedBy", query.notSignedBy()).bind("signatures", SIGNATURES);
        }
        if (query.legalForce() != null) {
            legalForcePredicate(where, query.legalForce(), time.today());
        }
        return where.page(em, Document.class, "Document d", "d", page);
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
