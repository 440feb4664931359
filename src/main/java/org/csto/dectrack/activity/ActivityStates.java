package org.csto.dectrack.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.history.StateSource;
import org.csto.dectrack.shared.history.VersionedState;
import org.csto.dectrack.shared.i18n.Lang;

/** An activity's state for the change record: its view, with the measures it carries out. */
@ApplicationScoped
public class ActivityStates implements StateSource {
    @Inject ActivityRepository activities;
    @Inject ActivityService service;

    @Override
    public ResourceType type() {
        return ResourceType.ACTIVITY;
    }

    /** The measures listed name their documents. */
    @Override
    public List<Mention> mentions() {
        return List.of(new Mention("/measures", "/document"));
    }

    @Override
    public Optional<VersionedState> current(String id) {
        Activity a = activities.findById(UUID.fromString(id));
        return a == null ? Optional.empty()
                : Optional.of(new VersionedState(a.version, service.view(a, Lang.RU), Set.of(), null));
    }
}
