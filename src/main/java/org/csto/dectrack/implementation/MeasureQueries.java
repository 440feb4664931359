package org.csto.dectrack.implementation;

import static org.csto.dectrack.shared.paging.Sorting.key;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.shared.history.ChangeRecordRepository;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.InMemoryPage;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.persistence.WhereClause;
import org.csto.dectrack.shared.text.Strings;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.TimeSource;

/** The measure list: filters, sort keys, and the SQL twins of the overdue and at-risk rules of {@link Lateness}. */
@ApplicationScoped
public class MeasureQueries {
    public static final Sorting SORTING = Sorting.of("m.id", "dueDate,reference",
            key("dueDate", "m.dueDate", LocalDate.class), key("progress", "m.progress", Double.class),
            key("reference", "m.reference", String.class));

    /** Same rule as {@link Lateness#of}: the due date has passed and the measure is open. */
    static final String OVERDUE = "(m.dueDate < :today and m.status in " + MeasureStatus.OPEN_IN_HQL + ")";

    /** Same rule as {@link Lateness#of}: due within the window and progress behind the share of time elapsed. */
    static final String AT_RISK = "(m.status in " + MeasureStatus.OPEN_IN_HQL
            + " and m.dueDay >= :todayDay and m.dueDay <= :windowEnd and "
            + "((m.dueDay - m.startDay <= 0 and m.progress < 100) or "
            + "(m.dueDay - m.startDay > 0 and m.progress * (m.dueDay - m.startDay) < 100.0 * (:todayDay - m.startDay))))";

    @Inject TimeSource time;
    @Inject EntityManager em;
    @Inject MeasuresOnADay onADay;
    @Inject ChangeRecordRepository records;

    /** The sort keys of {@link #SORTING} for a list sorted in memory. */
    @SuppressWarnings("rawtypes")
    private static final Map<String, Function<MeasureView, Comparable>> SORTED_IN_MEMORY = Map.of(
            "dueDate", MeasureView::dueDate, "progress", MeasureView::progress, "reference", MeasureView::reference,
            "updatedAt", MeasureView::updatedAt);


    /** The filters of the list, each optional. */
    public record MeasureQuery(UUID document, UUID session, String lead, String contributor, List<MeasureStatus> statuses,
                               Boolean overdue, Boolean atRisk, LocalDate dueBefore, LocalDate dueAfter, String q,
                               LocalDate lastReportedFrom, Boolean leaf) {
        /** The open measures a party leads: a party's own list. */
        public static MeasureQuery openLedBy(String party) {
            return new MeasureQuery(null, null, party, null, MeasureStatus.OPEN, null, null, null, null, null, null, null);
        }
    }

    /**
     * A page of the list: today's from the database; as of another day or as recorded at an instant, the measures of
     * the documents concerned on that day ({@link MeasuresOnADay}), filtered and sorted in memory (slower, for audits).
     */
    public PageView<MeasureView> views(MeasureQuery query, PageRequest page, AsOf at, Lang lang) {
        if (!at.historical(time.today())) {
            return list(query, page).map(m -> MeasureView.of(m, lang, at.day()));
        }
        List<MeasureView> matching = onADay.of(documents(query, at), at).stream().filter(m -> matches(query, m, at.day()))
                .map(m -> MeasureView.of(m, lang, at.day())).toList();
        return InMemoryPage.of(matching, page, SORTED_IN_MEMORY, MeasureView::id, MeasureView::updatedAt);
    }

    /** The documents whose measures may match: the one asked for, the session's, or every one with measures. */
    private List<UUID> documents(MeasureQuery query, AsOf at) {
        if (query.document() != null) {
            return List.of(query.document());
        }
        if (at.recorded() == null) {
            WhereClause where = new WhereClause().and("m.document.sessionId = :session", "session", query.session());
            return where.apply(em.createQuery("select distinct m.document.id from Measure m" + where.where(), UUID.class))
                    .getResultList();
        }
        return (query.session() == null ? records.ownersAt(ResourceType.MEASURE, at.recorded()).stream()
                : records.ownedAt(ResourceType.DOCUMENT, query.session().toString(), at.recorded()).stream().map(c -> c.resourceId))
                .map(UUID::fromString).toList();
    }

    /** The list's filters in memory, on a measure as of the day: the twin of {@link #list}. */
    static boolean matches(MeasureQuery query, Measure m, LocalDate day) {
        Lateness lateness = m.latenessOn(day);
        String q = query.q() == null ? null : query.q().toLowerCase(Locale.ROOT);
        return (query.lead() == null || query.lead().equals(m.lead))
                && (query.contributor() == null || m.contributors.contains(query.contributor()))
                && (query.statuses() == null || query.statuses().isEmpty() || query.statuses().contains(m.status))
                && (query.overdue() == null || query.overdue() == lateness.overdue())
                && (query.atRisk() == null || query.atRisk() == lateness.atRisk())
                && (query.dueBefore() == null || m.dueDate != null && !m.dueDate.isAfter(query.dueBefore()))
                && (query.dueAfter() == null || m.dueDate != null && !m.dueDate.isBefore(query.dueAfter()))
                && (query.lastReportedFrom() == null || m.lastReportedOn != null && !m.lastReportedOn.isBefore(query.lastReportedFrom()))
                && (query.leaf() == null || query.leaf() == (m.childCount == 0))
                && (q == null || Stream.of(m.reference, m.titles.ru, m.titles.en)
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(q)));
    }

    /** Count and page, then contributors and documents of the whole page in one statement each. */
    PageView<Measure> list(MeasureQuery query, PageRequest page) {
        LocalDate today = time.today();
        WhereClause where = new WhereClause()
                .and("m.document.id = :document", "document", query.document())
                .and("m.document.sessionId = :session", "session", query.session())
                .and("m.lead = :lead", "lead", query.lead())
                .and(":contributor member of m.contributors", "contributor", query.contributor())
                .and("m.status in :statuses", "statuses", query.statuses() == null || query.statuses().isEmpty() ? null : query.statuses())
                .and("m.dueDate <= :dueBefore", "dueBefore", query.dueBefore())
                .and("m.dueDate >= :dueAfter", "dueAfter", query.dueAfter())
                .and("m.lastReportedOn >= :lastReportedFrom", "lastReportedFrom", query.lastReportedFrom());
        if (query.leaf() != null) {
            where.and(query.leaf() ? "m.childCount = 0" : "m.childCount > 0");
        }
        if (query.q() != null) {
            where.and("(lower(m.reference) like :q escape '!' or lower(m.titles.ru) like :q escape '!'"
                            + " or lower(m.titles.en) like :q escape '!')")
                    .bind("q", Strings.containsPattern(query.q().toLowerCase(Locale.ROOT)));
        }
        if (query.overdue() != null) {
            where.and(query.overdue() ? OVERDUE : "(m.dueDate is null or not " + OVERDUE + ")").bind("today", today);
        }
        if (query.atRisk() != null) {
            where.and(query.atRisk() ? AT_RISK : "(m.dueDay is null or not " + AT_RISK + ")")
                    .bind("todayDay", (int) today.toEpochDay())
                    .bind("windowEnd", (int) today.toEpochDay() + Lateness.RISK_WINDOW_DAYS);
        }
        // a party's list in the order of measure_lead_order_idx (V9)
        return where.page(em, Measure.class, "Measure m", "m", query.lead() == null ? page : page.leadingWith("m.lead"));
    }
}
