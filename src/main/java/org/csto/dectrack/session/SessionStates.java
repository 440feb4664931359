package org.csto.dectrack.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.session.SessionViews.SessionView;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.history.StateSource;
import org.csto.dectrack.shared.history.VersionedState;
import org.csto.dectrack.shared.i18n.Lang;

/** A session's state for the change record: its view with its documents. */
@ApplicationScoped
public class SessionStates implements StateSource {
    @Inject SessionRepository sessions;
    @Inject SessionService service;

    @Override
    public ResourceType type() {
        return ResourceType.SESSION;
    }

    /** The session lists its documents. */
    @Override
    public List<Mention> mentions() {
        return List.of(new Mention("/documents", "/id"));
    }

    @Override
    public Optional<VersionedState> current(String id) {
        Session s = sessions.findById(UUID.fromString(id));
        return s == null ? Optional.empty() : Optional.of(new VersionedState(s.version,
                SessionView.of(s, Lang.RU, service.documentsOf(s.id, Lang.RU)), Set.of(), null));
    }
}
