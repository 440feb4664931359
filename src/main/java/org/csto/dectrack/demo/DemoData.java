package org.csto.dectrack.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
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
    private final DemoDocuments demoDocuments;
    private final DemoImplementation demoImplementation;
    private final DemoActivities demoActivities;

    public DemoData(@ConfigProperty(name = "dectrack.demo-data.enabled") boolean enabled,
                    SessionRepository sessions, DemoSessions demoSessions,
                    DemoDocuments demoDocuments, DemoImplementation demoImplementation, DemoActivities demoActivities) {
        this.enabled = enabled;
        this.sessions = sessions;
        this.demoSessions = demoSessions;
        this.demoDocuments = demoDocuments;
        this.demoImplementation = demoImplementation;
        this.demoActivities = demoActivities;
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
        Map<String, UUID> documents = demoDocuments.load(loaded);
        int measures = demoImplementation.load(documents);
        int activities = demoActivities.load() + 1;
        LOG.infof("Demo data loaded: %d sessions, %d documents, %d measures, %d activities", loaded.count(), documents.size() + 1,
                measures, activities);
    }
}
