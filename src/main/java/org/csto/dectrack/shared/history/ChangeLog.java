package org.csto.dectrack.shared.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.csto.dectrack.shared.history.ChangeRecord.Operation;
import org.csto.dectrack.shared.security.Access;
import org.csto.dectrack.shared.security.Caller;
import org.csto.dectrack.shared.security.Marking;
import org.csto.dectrack.shared.time.TimeSource;
import org.jboss.logging.MDC;

/**
 * The one place that appends to the change record. Called once per transaction, at the end of its outermost write
 * method ({@link ChangeRecorder}): reads the state of every resource the transaction changed, then takes the cursor
 * row's lock, compares with each resource's last entry and numbers the new ones. That lock is the write's last statement and is held until commit, so entries
 * become visible in cursor order: a follower that has read cursor n has seen everything below n.
 */
@ApplicationScoped
public class ChangeLog {
    @Inject EntityManager em;
    @Inject ChangeRecordRepository records;
    @Inject Instance<StateSource> sources;
    @Inject ObjectMapper json;
    @Inject TimeSource time;
    @Inject ChangeSignal signal;
    @Inject TransactionSynchronizationRegistry registry;

    void append(Set<ResourceKey> touched) {
        em.flush();
        if (touched.isEmpty()) {
            return;
        }
        // The record keeps what is, whoever wrote it: states are read as the service, not as the caller may see them.
        Map<ResourceKey, Optional<VersionedState>> states = Access.asService(() -> {
            Map<ResourceKey, Optional<VersionedState>> read = new LinkedHashMap<>();
            Map<ResourceType, StateSource> byType = sourcesByType();
            for (ResourceKey key : List.copyOf(touched)) {
                read.put(key, byType.get(key.type()).current(key.id()));
            }
            return read;
        });
        // The last statements of the write, under the cursor lock: what the record holds now is what the entries follow
        // (two instances that record the same row at once, such as reference data at startup, record it once).
        long cursor = ((Number) em.createNativeQuery("select last_cursor from change_cursor where id = 1 for update")
                .getSingleResult()).longValue();
        List<ChangeRecord> entries = new ArrayList<>();
        Access.asService(() -> {
            for (var state : states.entrySet()) {
                entry(state.getKey(), state.getValue()).ifPresent(entries::add);
            }
            return entries;
        });
        if (entries.isEmpty()) {
            return;
        }
        Instant now = time.now();
        String by = Caller.name();
        Object requestId = MDC.get("requestId");
        for (ChangeRecord entry : entries) {
            entry.cursor = ++cursor;
            entry.changedAt = now;
            entry.changedBy = by;
            entry.requestId = requestId == null ? null : requestId.toString();
            em.persist(entry);
        }
        em.createNativeQuery("update change_cursor set last_cursor = :cursor where id = 1")
                .setParameter("cursor", cursor).executeUpdate();
        em.flush();
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    signal.committed();
                }
            }
        });
    }

    /**
     * Gives a resource's entries, and those of the resources of {@code ownedType} it owns, a new marking: its history
     * is seen by whoever may see it now (a document's and its measures' entries, when the document is reclassified).
     */
    public void mark(ResourceKey resource, ResourceType ownedType, Marking marking) {
        em.createNativeQuery("update change_record set classification = :classification, declassify_on = :declassifyOn "
                        + "where (resource_type = :type and resource_id = :id) or (resource_type = :ownedType and owner_id = :id)")
                .setParameter("classification", marking.classification().name())
                .setParameter("declassifyOn", marking.declassifyOn())
                .setParameter("type", resource.type().code()).setParameter("id", resource.id())
                .setParameter("ownedType", ownedType.code())
                .executeUpdate();
    }

    /** The entry for one resource, or none when its version did not move (or it came and went in this transaction). */
    private Optional<ChangeRecord> entry(ResourceKey key, Optional<VersionedState> state) {
        Optional<ChangeRecord> last = records.latest(key);
        boolean existed = last.isPresent() && last.get().operation != Operation.DELETED;
        long lastVersion = last.map(entry -> entry.version).orElse(-1L);
        ChangeRecord entry = new ChangeRecord();
        entry.resourceType = key.type().code();
        entry.resourceId = key.id();
        if (state.isEmpty()) {
            if (!existed) {
                return Optional.empty();
            }
            entry.operation = Operation.DELETED;
            entry.version = lastVersion + 1;
            entry.ownerId = last.get().ownerId;
            entry.classification = last.get().classification;
            entry.declassifyOn = last.get().declassifyOn;
            return Optional.of(entry);
        }
        if (existed && state.get().version() == lastVersion) {
            return Optional.empty();
        }
        // A first entry at a version above 0 is of a row older than the record (data loaded outside the API).
        entry.operation = existed || last.isEmpty() && state.get().version() > 0 ? Operation.UPDATED : Operation.CREATED;
        entry.version = state.get().version();
        entry.ownerId = state.get().owner();
        Marking marking = state.get().marking();
        if (marking != null) {
            entry.classification = marking.classification();
            entry.declassifyOn = marking.declassifyOn();
        }
        entry.state = toJson(state.get());
        return Optional.of(entry);
    }

    private String toJson(VersionedState state) {
        ObjectNode view = json.valueToTree(state.view());
        try {
            return json.writeValueAsString(StateJson.neutral(view, state.computedForTheDay()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view cannot be written as JSON", e);
        }
    }

    private Map<ResourceType, StateSource> sourcesByType() {
        Map<ResourceType, StateSource> byType = new EnumMap<>(ResourceType.class);
        sources.forEach(source -> byType.put(source.type(), source));
        return byType;
    }
}
