package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.document.DocumentViews.AttachmentView;
import org.csto.dectrack.document.DocumentViews.DocumentView;
import org.csto.dectrack.document.DocumentViews.PositionView;
import org.csto.dectrack.document.DocumentViews.RatificationView;
import org.csto.dectrack.document.DocumentViews.RelationView;
import org.csto.dectrack.document.DocumentViews.RelationsView;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.time.TimeSource;

/**
 * Builds the full view of a document in a fixed number of statements, whatever it carries: with the document and its
 * collections ({@link DocumentService#getForView}), four (positions of every state, relations out, relations in) or five
 * (ratifications, where required).
 */
@ApplicationScoped
public class DocumentAssembler {
    @Inject PositionRepository positions;
    @Inject RatificationRepository ratifications;
    @Inject RelationRepository relations;
    @Inject TimeSource time;

    public DocumentView view(Document d, Lang lang) {
        LocalDate today = time.today();
        List<PositionView> positionViews = new ArrayList<>();
        positions.byEveryState(d.id).forEach((state, position) -> positionViews.add(PositionView.of(state, position)));
        List<RatificationView> ratificationViews = null;
        if (d.ratificationRequired) {
            List<Ratification> list = ratifications.ofDocument(d.id).stream()
                    .sorted(Comparator.comparing((Ratification r) -> r.state)).toList();
            Map<String, LocalDate> entryByState = LegalForceRefresh.policyOf(d, LegalForceRefresh.notifications(list))
                    .entryIntoForceByState();
            ratificationViews = list.stream().map(r -> RatificationView.of(r, entryByState.get(r.state))).toList();
        }
        List<RelationView> outgoing = relations.from(d.id).stream().map(r -> RelationView.of(r, d.id, lang)).toList();
        List<RelationView> incoming = relations.to(d.id).stream().map(r -> RelationView.of(r, d.id, lang)).toList();
        return new DocumentView(d.id, d.reference, d.type, d.titles.toTexts(), d.titles.in(lang), d.summariesOrEmpty().toTexts(),
                d.summariesOrEmpty().in(lang), d.body, d.sessionId, d.agendaItem, d.adoptedOn, d.adoptionStatus, d.legalForceOn(today), d.validFrom,
                d.validTo, d.ratificationRequired, d.notificationsForEntryIntoForce, d.entryIntoForce, d.tags.stream().sorted().toList(),
                d.attachments.stream().map(AttachmentView::of).toList(), positionViews, ratificationViews,
                new RelationsView(outgoing, incoming), d.notes, d.classification, d.declassifyOn, d.createdAt, d.createdBy, d.updatedAt, d.updatedBy);
    }
}
