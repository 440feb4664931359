package org.csto.dectrack.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.session.SessionFormat;
import org.csto.dectrack.session.SessionInputs.SessionInput;
import org.csto.dectrack.session.SessionKind;
import org.csto.dectrack.session.SessionService;
import org.csto.dectrack.session.SessionStatus;
import org.csto.dectrack.session.SessionViews.AgendaItemView;
import org.csto.dectrack.shared.i18n.Texts;

/** The demo sessions (facts from the Organization's public record): CSC 2019–2025 and the CFM of 21 June 2024. */
@ApplicationScoped
class DemoSessions {
    static final List<String> ALL = List.of("AM", "BY", "KG", "KZ", "RU", "TJ");
    static final List<String> WITHOUT_ARMENIA = List.of("BY", "KG", "KZ", "RU", "TJ");

    /** The Astana session's agenda; DemoDocuments puts each document under its item (numbered from 1). */
    static final List<AgendaItemView> ASTANA_AGENDA = List.of(
            item("О Декларации Совета коллективной безопасности", "On the Declaration of the Collective Security Council"),
            item("Об укреплении участков таджикско-афганской границы", "On strengthening sections of the Tajik-Afghan border"),
            item("О дальнейшем укреплении союзнических отношений", "On further strengthening of allied relations"),
            item("О 80-летии Победы в Великой Отечественной войне 1941–1945 годов",
                    "On the 80th anniversary of the Victory in the Great Patriotic War of 1941–1945"),
            item("О Коллективных силах ОДКБ", "On the CSTO Collective Forces"),
            item("О сотрудничестве в области военных перевозок", "On cooperation in military transport"),
            item("О бюджете ОДКБ на 2025 год", "On the CSTO budget for 2025"),
            item("О председательстве в ОДКБ в 2025 году", "On the chairmanship of the CSTO in 2025"),
            item("Иные вопросы", "Other matters"));

    @Inject SessionService sessions;

    private static AgendaItemView item(String ru, String en) {
        return AgendaItemView.of(new Texts(ru, en), "Signed");
    }

    record Loaded(Map<String, UUID> ids) {
        int count() {
            return ids.size();
        }

        UUID get(String key) {
            return ids.get(key);
        }
    }

    Loaded load() {
        Map<String, UUID> ids = new HashMap<>();
        ids.put("CSC-2019", csc("2019-11-28", SessionKind.REGULAR, SessionFormat.IN_PERSON, "Bishkek", "KG", ALL, null));
        ids.put("CSC-2020", csc("2020-12-02", SessionKind.REGULAR, SessionFormat.VIDEO, null, "RU", ALL,
                "Held by videoconference; 15 documents adopted."));
        ids.put("CSC-2021-EX", csc("2021-08-23", SessionKind.EXTRAORDINARY, SessionFormat.VIDEO, null, "TJ", ALL,
                "Extraordinary session by videoconference."));
        ids.put("CSC-2021", csc("2021-09-16", SessionKind.REGULAR, SessionFormat.IN_PERSON, "Dushanbe", "TJ", ALL, null));
        ids.put("CSC-2022-EX", csc("2022-01-10", SessionKind.EXTRAORDINARY, SessionFormat.VIDEO, null, "AM", ALL,
                "Extraordinary session by videoconference."));
        ids.put("CSC-2022", csc("2022-11-23", SessionKind.REGULAR, SessionFormat.IN_PERSON, "Yerevan", "AM", ALL,
                "17 drafts considered: 15 agreed; the Declaration and the decision on assistance to Armenia returned for revision."));
        ids.put("CSC-2023", csc("2023-11-23", SessionKind.REGULAR, SessionFormat.IN_PERSON, "Minsk", "BY", WITHOUT_ARMENIA,
                "15 documents adopted; Armenia did not attend."));
        ids.put("CSC-2024", csc("2024-11-28", SessionKind.REGULAR, SessionFormat.IN_PERSON, "Astana", "KZ", WITHOUT_ARMENIA,
                ASTANA_AGENDA, "14 documents signed; Armenia did not attend and did not object. The agenda groups the documents "
                        + "by subject for the demo; the official agenda's wording is to be confirmed."));
        ids.put("CSC-2025", csc("2025-11-27", SessionKind.REGULAR, SessionFormat.IN_PERSON, "Bishkek", "KG", WITHOUT_ARMENIA,
                "15 documents adopted; Armenia did not attend."));
        ids.put("CFM-2024", sessions.create(new SessionInput("CFM", SessionKind.REGULAR, SessionFormat.IN_PERSON,
                SessionStatus.HELD, LocalDate.parse("2024-06-21"), null, "Almaty", "KZ", "KZ", WITHOUT_ARMENIA,
                List.of(AgendaItemView.of(new Texts("О заявлениях министров иностранных дел", "On the statements of the foreign ministers"),
                        "Four ministerial statements adopted")),
                "Four ministerial statements adopted.")).id);
        return new Loaded(ids);
    }

    private UUID csc(String date, SessionKind kind, SessionFormat format, String city, String chair, List<String> attendees,
                     String notes) {
        return csc(date, kind, format, city, chair, attendees, List.of(), notes);
    }

    private UUID csc(String date, SessionKind kind, SessionFormat format, String city, String chair, List<String> attendees,
                     List<AgendaItemView> agenda, String notes) {
        return sessions.create(new SessionInput("CSC", kind, format, SessionStatus.HELD, LocalDate.parse(date), null, city,
                city == null ? null : chair, chair, attendees, agenda, notes)).id;
    }
}
