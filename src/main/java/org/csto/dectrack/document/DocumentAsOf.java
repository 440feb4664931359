package org.csto.dectrack.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.document.DocumentViews.DocumentView;
import org.csto.dectrack.document.DocumentViews.PositionView;
import org.csto.dectrack.document.DocumentViews.RatificationView;
import org.csto.dectrack.shared.history.RecordedStates;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.AsOf;

/** A document as of a day, as now known or as recorded at an instant ({@link AsOf}). */
@ApplicationScoped
public class DocumentAsOf {
    @Inject DocumentService documents;
    @Inject DocumentAssembler assembler;
    @Inject RecordedStates recorded;

    public DocumentView view(UUID id, AsOf at, Lang lang) {
        if (at.recorded() == null) {
            Document d = documents.get(id);
            return on(assembler.view(d, lang), d.terminatedAs, d.fullForceFrom, at.day());
        }
        ObjectNode state = recorded.at(ResourceKey.of(ResourceType.DOCUMENT, id), at.recorded(), lang)
                .orElseThrow(() -> ProblemException.notFound("Document", id + " as recorded at " + at.recorded()));
        JsonNode terminatedAs = state.remove("terminatedAs");
        JsonNode fullForceFrom = state.remove("fullForceFrom");
        return on(recorded.as(state, DocumentView.class), terminatedAs == null || terminatedAs.isNull() ? null : terminatedAs.asText(),
                fullForceFrom == null || fullForceFrom.isNull() ? null : LocalDate.parse(fullForceFrom.asText()), at.day());
    }

    /** Positions and ratification steps dated after the day are not yet there; legal force is the day's. */
    static DocumentView on(DocumentView view, String terminatedAs, LocalDate fullForceFrom, LocalDate day) {
        List<PositionView> positions = view.positions().stream()
                .map(p -> p.date() != null && p.date().isAfter(day) ? PositionView.of(p.state(), null) : p).toList();
        List<RatificationView> ratifications = view.ratifications() == null ? null : view.ratifications().stream()
                .map(r -> new RatificationView(r.state(), upTo(r.signedOn(), day), upTo(r.ratifiedOn(), day),
                        upTo(r.notifiedOn(), day), upTo(r.entryIntoForce(), day))).toList();
        LocalDate entryIntoForce = upTo(view.entryIntoForce(), day);
        return view.on(positions, ratifications, entryIntoForce, LegalForcePolicy.evaluate(view.adoptionStatus(), terminatedAs,
                view.validTo(), entryIntoForce, fullForceFrom, day));
    }

    private static LocalDate upTo(LocalDate date, LocalDate day) {
        return date == null || date.isAfter(day) ? null : date;
    }
}
