package org.csto.dectrack.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.csto.dectrack.shared.csv.CsvColumns;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about sessions (agenda items go both ways). */
public final class SessionViews {
    private SessionViews() {
    }

    @Schema(name = "AgendaItem", description = "One item of the agenda; its number is its place in the list")
    public record AgendaItemView(
            @Schema(readOnly = true, example = "2", description = "Number of the item, from 1; documents name it as their agendaItem")
            Integer number,
            @Valid Texts titles,
            @Schema(readOnly = true, example = "On the Declaration of the Collective Security Council") String title,
            @Size(max = 2000) @Schema(nullable = true, example = "Adopted") String outcome,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(readOnly = true, maxItems = 200, description = "Ids of the documents considered under the item, as in the "
                    + "session's documents (single-session view only)") List<UUID> documents) {
        /** An item as a caller sends it (number and documents are the service's to fill in). */
        public static AgendaItemView of(Texts titles, String outcome) {
            return new AgendaItemView(null, titles, null, outcome, null);
        }
    }

    @Schema(name = "Session")
    public record SessionView(
            UUID id,
            @Schema(example = "CSC") String body,
            @Schema(example = "REGULAR") SessionKind kind,
            @Schema(example = "IN_PERSON") SessionFormat format,
            @Schema(example = "HELD") SessionStatus status,
            @Schema(example = "2024-11-28") LocalDate startDate,
            @Schema(example = "2024-11-28") LocalDate endDate,
            @Schema(nullable = true, example = "Astana") String city,
            @Schema(nullable = true, example = "KZ") String hostCountry,
            @Schema(nullable = true, example = "KZ") String chair,
            @Schema(example = "[\"BY\", \"KG\", \"KZ\", \"RU\", \"TJ\"]") List<String> attendees,
            List<AgendaItemView> agenda,
            @Schema(nullable = true) String notes,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Documents of the session (single-session view only)") List<SessionDocument> documents,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        /** The header row of {@link #CSV}, for the OpenAPI document (a test holds the two together). */
        public static final String CSV_HEADER = "id,body,kind,format,status,startDate,endDate,city,hostCountry,chair,attendees,"
                + "agenda,notes,createdAt,createdBy,updatedAt,updatedBy";
        /** The CSV list: attendees and agenda titles (in the requested language) joined with ';'. */
        public static final CsvColumns<SessionView> CSV = CsvColumns.<SessionView>file("sessions")
                .value("id", SessionView::id).text("body", SessionView::body).value("kind", SessionView::kind)
                .value("format", SessionView::format).value("status", SessionView::status)
                .value("startDate", SessionView::startDate).value("endDate", SessionView::endDate)
                .text("city", SessionView::city).text("hostCountry", SessionView::hostCountry).text("chair", SessionView::chair)
                .list("attendees", SessionView::attendees)
                .list("agenda", s -> s.agenda().stream().map(AgendaItemView::title).toList())
                .text("notes", SessionView::notes)
                .value("createdAt", SessionView::createdAt).text("createdBy", SessionView::createdBy)
                .value("updatedAt", SessionView::updatedAt).text("updatedBy", SessionView::updatedBy);

        public static SessionView of(Session s, Lang lang, List<SessionDocument> documents) {
            return new SessionView(s.id, s.body, s.kind, s.format, s.status, s.startDate, s.endDate, s.city,
                    s.hostCountry, s.chair, s.attendees.stream().sorted().toList(),
                    numberedAgenda(s, lang, documents), s.notes, documents, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
        }

        /** The agenda numbered from 1; with the session's documents at hand, each item names those considered under it. */
        private static List<AgendaItemView> numberedAgenda(Session s, Lang lang, List<SessionDocument> documents) {
            List<AgendaItemView> items = new ArrayList<>();
            for (int i = 0; i < s.agenda.size(); i++) {
                AgendaItem a = s.agenda.get(i);
                int number = i + 1;
                List<UUID> under = documents == null ? null
                        : documents.stream().filter(d -> Objects.equals(d.agendaItem(), number)).map(SessionDocument::id).toList();
                items.add(new AgendaItemView(number, a.titles.toTexts(), a.titles.in(lang), a.outcome, under));
            }
            return items;
        }
    }
}
