package org.csto.dectrack.document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.csto.dectrack.document.DocumentViews.DocumentView;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.history.StateSource;
import org.csto.dectrack.shared.history.VersionedState;
import org.csto.dectrack.shared.i18n.Lang;

/** A document's state for the change record: its full view with positions, ratifications and relations. */
@ApplicationScoped
public class DocumentStates implements StateSource {
    /** Legal force is computed for a day; what it is computed from that the view does not show is kept beside it. */
    static final Set<String> COMPUTED = Set.of("legalForce");

    @Inject DocumentRepository documents;
    @Inject DocumentAssembler assembler;

    /** The view, the two columns legal force also depends on, and the date the list's {@code year} filters on. */
    public record DocumentState(@JsonUnwrapped DocumentView view, String terminatedAs, LocalDate fullForceFrom,
                                LocalDate consideredOn) {
    }

    @Override
    public ResourceType type() {
        return ResourceType.DOCUMENT;
    }

    @Override
    public List<Mention> mentions() {
        return List.of(new Mention("/relations/outgoing", "/document/id"), new Mention("/relations/incoming", "/document/id"));
    }

    @Override
    public Optional<VersionedState> current(String id) {
        Document d = documents.findById(UUID.fromString(id));
        return d == null ? Optional.empty() : Optional.of(new VersionedState(d.version,
                new DocumentState(assembler.view(d, Lang.RU), d.terminatedAs, d.fullForceFrom, d.consideredOn), COMPUTED,
                d.sessionId == null ? null : d.sessionId.toString(), d.marking()));
    }
}
