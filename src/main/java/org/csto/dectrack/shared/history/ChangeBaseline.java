package org.csto.dectrack.shared.history;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Gives rows that predate the change record (reference data the migrations insert) their first entry at startup, so
 * that every resource has a history from its first version on. Touching them is enough: {@link ChangeRecorder} records
 * them when this transaction ends; a row that already has an entry gets none.
 */
@ApplicationScoped
public class ChangeBaseline {
    @Inject Instance<StateSource> sources;
    @Inject ChangeCollector collector;
    @Inject ChangeRecordRepository records;

    @Transactional
    void onStart(@Observes @Priority(1) StartupEvent event) {
        for (StateSource source : sources) {
            List<ResourceKey> missing = source.preexisting().stream().map(id -> new ResourceKey(source.type(), id))
                    .filter(key -> records.latest(key).isEmpty()).toList();
            collector.touched(missing);
        }
    }
}
