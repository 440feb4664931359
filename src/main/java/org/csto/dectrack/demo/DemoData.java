package org.csto.dectrack.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.csto.dectrack.session.SessionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data of the embedded setup on first start (when no session exists yet), through the
 * same services the API uses, so the demo obeys every rule.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final boolean enabled;
    private final SessionRepository sessions;
    private final DemoSessions demoSessions;

    public DemoData(@ConfigProperty(name = "dectrack.demo-data.enabled") boolean enabled,
                    SessionRepository sessions, DemoSessions demoSessions) {
        this.enabled = enabled;
        this.sessions = sessions;
        this.demoSessions = demoSessions;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled && isEmpty()) {
            load();
        }
    }

    @Transactional
    boolean isEmpty() {
        return sessions.count() == 0;
    }

    @Transactional
    void load() {
        DemoSessions.Loaded loaded = demoSessions.load();
        LOG.infof("Demo data loaded: %d sessions", loaded.count());
    }
}
