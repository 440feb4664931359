package org.csto.dectrack.shared.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.csto.dectrack.shared.history.ChangeRecord.Operation;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.persistence.WhereClause;

/** Reads of the change record; the only writer is {@link ChangeLog}. */
@ApplicationScoped
public class ChangeRecordRepository implements PanacheRepositoryBase<ChangeRecord, Long> {
    /** Ids per statement: well within every database's limit of bound parameters. */
    private static final int CHUNK = 1000;

    /** The latest entry of a resource. */
    public Optional<ChangeRecord> latest(ResourceKey key) {
        return find("resourceType = ?1 and resourceId = ?2 order by cursor desc", key.type().code(), key.id())
                .firstResultOptional();
    }

    /** The ids among {@code ids} of resources of a type that have an entry the caller may see, in one statement. */
    public List<String> recordedAmong(ResourceType type, Collection<String> ids) {
        return getEntityManager().createQuery("select distinct c.resourceId from ChangeRecord c where c.resourceType = :type "
                + "and c.resourceId in :ids", String.class).setParameter("type", type.code()).setParameter("ids", ids).getResultList();
    }

    /** The entry that deleted the resource, when deleting it is the last thing that happened to it. */
    public Optional<ChangeRecord> deletion(ResourceKey key) {
        return latest(key).filter(entry -> entry.operation == Operation.DELETED);
    }

    /** The latest entry of a resource at or before an instant: its state then (none, or a deletion, when it had none). */
    public Optional<ChangeRecord> at(ResourceKey key, Instant instant) {
        return find("resourceType = ?1 and resourceId = ?2 and changedAt <= ?3 order by cursor desc", key.type().code(),
                key.id(), instant).firstResultOptional();
    }

    /** The latest entry of every resource of a type at or before an instant, deletions left out. */
    public List<ChangeRecord> allAt(ResourceType type, Instant instant) {
        return getEntityManager().createQuery("""
                        select c from ChangeRecord c where c.resourceType = :type and c.cursor = (
                            select max(l.cursor) from ChangeRecord l
                            where l.resourceType = c.resourceType and l.resourceId = c.resourceId and l.changedAt <= :at)
                        and c.operation <> :deleted""", ChangeRecord.class)
                .setParameter("type", type.code()).setParameter("at", instant).setParameter("deleted", Operation.DELETED)
                .getResultList();
    }

    /** The latest entry at or before an instant of every resource of a type that then belonged to one owner. */
    public List<ChangeRecord> ownedAt(ResourceType type, String owner, Instant instant) {
        return ownedAt(type, List.of(owner), instant);
    }

    /** The same for several owners, in one statement per thousand owners. */
    public List<ChangeRecord> ownedAt(ResourceType type, List<String> owners, Instant instant) {
        List<ChangeRecord> entries = new ArrayList<>();
        for (int from = 0; from < owners.size(); from += CHUNK) {
            entries.addAll(getEntityManager().createQuery("""
                            select c from ChangeRecord c where c.resourceType = :type and c.ownerId in :owners and c.cursor = (
                                select max(l.cursor) from ChangeRecord l
                                where l.resourceType = c.resourceType and l.resourceId = c.resourceId and l.changedAt <= :at)
                            and c.operation <> :deleted order by c.resourceId""", ChangeRecord.class)
                    .setParameter("type", type.code()).setParameter("owners", owners.subList(from, Math.min(owners.size(), from + CHUNK)))
                    .setParameter("at", instant).setParameter("deleted", Operation.DELETED).getResultList());
        }
        return entries;
    }

    /** The owners of every resource of a type recorded at or before an instant (the documents that had measures). */
    public List<String> ownersAt(ResourceType type, Instant instant) {
        return getEntityManager().createQuery("select distinct c.ownerId from ChangeRecord c where c.resourceType = :type "
                        + "and c.changedAt <= :at and c.ownerId is not null", String.class)
                .setParameter("type", type.code()).setParameter("at", instant).getResultList();
    }

    /** A page of a resource's entries, in the page's order (by cursor); with updatedSince, of those made since. */
    public PageView<ChangeRecord> history(ResourceKey key, PageRequest page) {
        return new WhereClause().and("c.resourceType = :type", "type", key.type().code()).and("c.resourceId = :id", "id", key.id())
                .page(getEntityManager(), ChangeRecord.class, "ChangeRecord c", "c", page);
    }

    /** The entry of a resource just before a cursor. */
    public Optional<ChangeRecord> before(ResourceKey key, long cursor) {
        return find("resourceType = ?1 and resourceId = ?2 and cursor < ?3 order by cursor desc", key.type().code(), key.id(),
                cursor).firstResultOptional();
    }

    /** An entry as the feed lists it: without its state, which the feed does not return. */
    public record FeedEntry(long cursor, String resourceType, String resourceId, long version, Operation operation,
                            Instant changedAt, String changedBy) {
    }

    /** Up to {@code limit} entries after a cursor, of the given types, in cursor (commit) order. */
    public List<FeedEntry> after(long cursor, Collection<String> types, int limit) {
        var query = getEntityManager().createQuery("select new " + FeedEntry.class.getName()
                        + "(c.cursor, c.resourceType, c.resourceId, c.version, c.operation, c.changedAt, c.changedBy) "
                        + "from ChangeRecord c where c.cursor > :after" + (types.isEmpty() ? "" : " and c.resourceType in :types")
                        + " order by c.cursor", FeedEntry.class)
                .setParameter("after", cursor).setMaxResults(limit);
        return (types.isEmpty() ? query : query.setParameter("types", types)).getResultList();
    }
}
