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
import org.csto.dectrack.shared.history.ChangeRecordRepository;
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
    @Inject ChangeRecordRepository records;

    /** A document as recorded, on a day, with the date the list's {@code year} filters on. */
    record RecordedDocument(DocumentView view, LocalDate consideredOn) {
    }

    public DocumentView view(UUID id, AsOf at, Lang lang) {
        if (at.recorded() == null) {
            Document d = documents.get(id);
            return on(assembler.view(d, lang), d.terminatedAs, d.fullForceFrom, at.day());
        }
        ObjectNode state = recorded.at(ResourceKey.of(ResourceType.DOCUMENT, id), at.recorded(), lang)
                .orElseThrow(() -> ProblemException.notFoundAsRecorded("Document", id, at.recorded()));
        return fromState(state, at.day(), lang).view();
    }

    /** Every document the service held at the instant, on the day. */
    List<RecordedDocument> allAsRecorded(AsOf at, Lang lang) {
        return records.allAt(ResourceType.DOCUMENT, at.recorded()).stream()
                .map(entry -> fromState(recorded.parse(entry, lang), at.day(), lang)).toList();
    }

    private RecordedDocument fromState(ObjectNode state, LocalDate day, Lang lang) {
        String terminatedAs = text(state.remove("terminatedAs"));
        String fullForceFrom = text(state.remove("fullForceFrom"));
        String consideredOn = text(state.remove("consideredOn"));
        DocumentView view = recorded.as(state, DocumentView.class);
        return new RecordedDocument(on(view, terminatedAs, fullForceFrom == null ? null : LocalDate.parse(fullForceFrom), day),
                consideredOn == null ? null : LocalDate.parse(consideredOn));
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

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static LocalDate upTo(LocalDate date, LocalDate day) {
        return date == null || date.isAfter(day) ? null : date;
    }
}
