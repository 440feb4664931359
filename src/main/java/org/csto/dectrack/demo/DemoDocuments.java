package org.csto.dectrack.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.AdoptionService;
import org.csto.dectrack.document.AdoptionStatus;
import org.csto.dectrack.document.DocumentInputs.DocumentInput;
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.document.DocumentInputs.RatificationInput;
import org.csto.dectrack.document.DocumentInputs.RelationInput;
import org.csto.dectrack.document.DocumentInputs.TransitionInput;
import org.csto.dectrack.document.DocumentService;
import org.csto.dectrack.document.DocumentType;
import org.csto.dectrack.document.PositionKind;
import org.csto.dectrack.document.PositionService;
import org.csto.dectrack.document.RelationService;
import org.csto.dectrack.document.RelationType;
import org.csto.dectrack.shared.i18n.Texts;

/** The demo documents (facts from the Organization's public record): Astana 2024, Yerevan 2022 (returned), Bishkek 2025. */
@ApplicationScoped
class DemoDocuments {
    static final String PRESS = "Title is a press rendering (≈), not the official title.";
    static final String RU_RENDERING = "The Russian title is a working rendering; the official wording is to be confirmed.";
    static final String NOT_IN_SEED = "Not among the documents the public record names; inferred from the Organization's "
            + "practice, to be confirmed.";
    static final String UNTITLED = "One of the 14 documents signed at Astana whose title the public record does not give; recorded so "
            + "that the session's documents are complete, title and content to be entered.";
    /** The 14 documents signed at Astana on 28 November 2024 (the programme and the plan with the decisions approving them). */
    static final List<String> ASTANA = List.of("CSC-2024-01", "CSC-2024-02", "CSC-2024-02A", "CSC-2024-03", "CSC-2024-04",
            "CSC-2024-05", "CSC-2024-05A", "CSC-2024-06", "CSC-2024-07", "CSC-2024-08", "CSC-2024-09", "CSC-2024-10",
            "CSC-2024-11", "CSC-2024-12");

    @Inject DocumentService documents;
    @Inject AdoptionService adoption;
    @Inject PositionService positions;
    @Inject RelationService relations;

    Map<String, UUID> load(DemoSessions.Loaded sessions) {
        Map<String, UUID> ids = new HashMap<>();
        UUID astana = sessions.get("CSC-2024");
        LocalDate astanaDay = LocalDate.parse("2024-11-28");

        // Agreements amended in 2024, adopted long before the registry.
        ids.put("AGR-2010", adopted("CSC-2010-01", DocumentType.AGREEMENT, null, LocalDate.parse("2010-12-10"),
                "Соглашение о статусе формирований сил и средств системы коллективной безопасности Организации Договора о коллективной безопасности",
                "Agreement on the status of formations of forces and means of the CSTO collective security system",
                RU_RENDERING + " Entered into force before the registry; its ratification history is not recorded here.",
                List.of("collective-forces")));
        ids.put("AGR-2015", adopted("CSC-2015-01", DocumentType.AGREEMENT, null, LocalDate.parse("2015-09-15"),
                "Соглашение о сотрудничестве в области перевозок воинских и иных формирований, их движимого имущества и продукции военного назначения",
                "Agreement on cooperation in transporting military and other formations, their movable property and military products",
                RU_RENDERING + " Entered into force before the registry; its ratification history is not recorded here.",
                List.of("transport")));
        ids.put("DEC-2015", adopted("CSC-2015-02", DocumentType.DECISION, null, LocalDate.parse("2015-09-15"),
                "Решение Совета коллективной безопасности о системе управления Коллективными силами",
                "Decision of the CSC on command and control of the Collective Forces",
                RU_RENDERING, List.of("collective-forces")));

        // Astana, 28 November 2024.
        ids.put("CSC-2024-01", adopted("CSC-2024-01", DocumentType.DECLARATION, astana, 1, astanaDay,
                "Декларация Совета коллективной безопасности Организации Договора о коллективной безопасности",
                "Declaration of the Collective Security Council of the Collective Security Treaty Organization", null,
                List.of("declaration")));
        ids.put("CSC-2024-02", adopted("CSC-2024-02", DocumentType.DECISION, astana, 2, astanaDay,
                "Решение о Целевой межгосударственной программе ОДКБ по укреплению участков таджикско-афганской границы",
                "Decision on the CSTO Interstate Targeted Programme for strengthening sections of the Tajik-Afghan border",
                PRESS, List.of("border", "tajikistan")));
        ids.put("CSC-2024-02A", create(new DocumentInput("CSC-2024-02A", DocumentType.PROGRAMME,
                new Texts("Целевая межгосударственная программа ОДКБ по укреплению участков таджикско-афганской границы",
                        "CSTO Interstate Targeted Programme for strengthening sections of the Tajik-Afghan border"),
                new Texts("Этап 1 (2025): Таджикистан как государственный заказчик-координатор определяет поставщиков, финансирование и контракты; "
                        + "этап 2 (2026–2027): поставки на отдельные заставы; этап 3 (2027–2029): вся граница.",
                        "Stage 1 (2025): Tajikistan, as customer-coordinator, maps suppliers, funding and contracts; "
                                + "stage 2 (2026–2027): deliveries to selected outposts; stage 3 (2027–2029): the whole border."),
                "CSC", astana, 2, astanaDay, AdoptionStatus.ADOPTED, LocalDate.parse("2025-01-01"), LocalDate.parse("2029-12-31"),
                false, null, List.of("border", "tajikistan", "programme"), List.of(), PRESS, null, null)));
        ids.put("CSC-2024-03", adopted("CSC-2024-03", DocumentType.DECISION, astana, 3, astanaDay,
                "Решение о дальнейшем укреплении союзнических отношений в рамках ОДКБ",
                "Decision on further strengthening of allied relations within the CSTO", PRESS, List.of()));
        ids.put("CSC-2024-04", adopted("CSC-2024-04", DocumentType.STATEMENT, astana, 4, astanaDay,
                "Заявление Совета коллективной безопасности ОДКБ в связи с 80-летием Победы в Великой Отечественной войне 1941–1945 годов",
                "Statement of the CSC in connection with the 80th anniversary of the Victory in the Great Patriotic War of 1941–1945",
                RU_RENDERING, List.of("victory-80")));
        ids.put("CSC-2024-05", adopted("CSC-2024-05", DocumentType.DECISION, astana, 4, astanaDay,
                "Решение о Плане мероприятий по празднованию 80-летия Победы",
                "Decision on the Plan of measures to celebrate the 80th anniversary of the Victory", PRESS, List.of("victory-80")));
        ids.put("CSC-2024-05A", create(new DocumentInput("CSC-2024-05A", DocumentType.PLAN,
                new Texts("План мероприятий по празднованию 80-летия Победы в Великой Отечественной войне 1941–1945 годов",
                        "Plan of measures to celebrate the 80th anniversary of the Victory in the Great Patriotic War of 1941–1945"),
                null, "CSC", astana, 4, astanaDay, AdoptionStatus.ADOPTED, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                false, null, List.of("victory-80"), List.of(), PRESS, null, null)));
        ids.put("CSC-2024-06", adopted("CSC-2024-06", DocumentType.DECISION, astana, 5, astanaDay,
                "Решение об оснащении компонентов войск (Коллективных сил) ОДКБ современным вооружением и военной техникой",
                "Decision on equipping the components of the CSTO Troops (Collective Forces) with modern arms and military equipment",
                PRESS, List.of("collective-forces")));
        ids.put("CSC-2024-07", create(new DocumentInput("CSC-2024-07", DocumentType.PROTOCOL,
                new Texts("Протокол о внесении изменений в Соглашение о статусе формирований сил и средств системы коллективной безопасности "
                        + "Организации Договора о коллективной безопасности от 10 декабря 2010 года",
                        "Protocol amending the Agreement on the status of formations of forces and means of the CSTO collective "
                                + "security system of 10 December 2010"),
                null, "CSC", astana, 5, astanaDay, AdoptionStatus.ADOPTED, null, null, true, null,
                List.of("collective-forces", "ratification"), List.of(),
                RU_RENDERING + " Armenia did not sign. Russia ratified in July 2025 (day to be confirmed).", null, null)));
        ids.put("CSC-2024-08", create(new DocumentInput("CSC-2024-08", DocumentType.PROTOCOL,
                new Texts("Протокол о внесении изменений в Соглашение о сотрудничестве в области перевозок воинских и иных формирований, "
                        + "их движимого имущества и продукции военного назначения от 15 сентября 2015 года",
                        "Protocol amending the Agreement on cooperation in transporting military and other formations, their movable "
                                + "property and military products of 15 September 2015"),
                null, "CSC", astana, 6, astanaDay, AdoptionStatus.ADOPTED, null, null, true, null,
                List.of("transport", "ratification"), List.of(),
                RU_RENDERING + " Russia ratified in July 2025 (day to be confirmed).", null, null)));
        ids.put("CSC-2024-09", adopted("CSC-2024-09", DocumentType.DECISION, astana, 8, astanaDay,
                "Решение о председательстве Кыргызской Республики в ОДКБ с 1 января 2025 года",
                "Decision on the chairmanship of the Kyrgyz Republic from 1 January 2025", PRESS, List.of("chairmanship")));
        ids.put("CSC-2024-10", adopted("CSC-2024-10", DocumentType.DECISION, astana, 7, astanaDay,
                "Решение о бюджете Организации Договора о коллективной безопасности на 2025 год",
                "Decision on the budget of the CSTO for 2025", NOT_IN_SEED + " Each year's budget is adopted at the CSC session.",
                List.of("budget")));
        ids.put("CSC-2024-11", adopted("CSC-2024-11", DocumentType.DECISION, astana, 9, astanaDay,
                "Решение Совета коллективной безопасности от 28 ноября 2024 года (наименование уточняется)",
                "Decision of the CSC of 28 November 2024 (title to be confirmed)", UNTITLED, List.of()));
        ids.put("CSC-2024-12", adopted("CSC-2024-12", DocumentType.DECISION, astana, 9, astanaDay,
                "Решение Совета коллективной безопасности от 28 ноября 2024 года (наименование уточняется)",
                "Decision of the CSC of 28 November 2024 (title to be confirmed)", UNTITLED, List.of()));

        for (String key : ASTANA) {
            for (String state : DemoSessions.WITHOUT_ARMENIA) {
                position(ids.get(key), state, PositionKind.SIGNED, astanaDay);
            }
            if (!key.equals("CSC-2024-07")) {
                position(ids.get(key), "AM", PositionKind.REFRAINED_NO_OBJECTION, astanaDay);
            }
        }
        for (String protocol : List.of("CSC-2024-07", "CSC-2024-08")) {
            for (String state : DemoSessions.WITHOUT_ARMENIA) {
                positions.putRatification(ids.get(protocol), state, null, new RatificationInput(astanaDay,
                        state.equals("RU") ? LocalDate.parse("2025-07-31") : null, null));
            }
        }
        relate(ids.get("CSC-2024-02"), RelationType.APPROVES, ids.get("CSC-2024-02A"));
        relate(ids.get("CSC-2024-05"), RelationType.APPROVES, ids.get("CSC-2024-05A"));
        relate(ids.get("CSC-2024-07"), RelationType.AMENDS, ids.get("AGR-2010"));
        relate(ids.get("CSC-2024-08"), RelationType.AMENDS, ids.get("AGR-2015"));

        // Yerevan, 23 November 2022: two drafts returned for revision after Armenia objected.
        UUID yerevan = sessions.get("CSC-2022");
        LocalDate yerevanDay = LocalDate.parse("2022-11-23");
        for (String[] draft : new String[][] {
                {"CSC-2022-16", "DECLARATION", "Декларация Совета коллективной безопасности Организации Договора о коллективной безопасности",
                        "Declaration of the Collective Security Council of the Collective Security Treaty Organization"},
                {"CSC-2022-17", "DECISION", "Решение о совместных мерах по оказанию содействия Республике Армения",
                        "Decision on joint measures to assist the Republic of Armenia"}}) {
            UUID id = create(new DocumentInput(draft[0], DocumentType.valueOf(draft[1]), new Texts(draft[2], draft[3]), null, "CSC",
                    yerevan, null, null, AdoptionStatus.DRAFT, null, null, false, null, List.of("returned"), List.of(),
                    "Draft considered at Yerevan; Armenia objected and the draft went back for revision."
                            + (draft[1].equals("DECISION") ? " " + PRESS : ""), null, null));
            position(id, "AM", PositionKind.OBJECTED, yerevanDay);
            adoption.transition(id, null, new TransitionInput(AdoptionStatus.RETURNED_FOR_REVISION,
                    "Armenia objected; returned for revision (consensus not reached)", null));
            ids.put(draft[0], id);
        }

        // Bishkek, 27 November 2025.
        UUID bishkek = sessions.get("CSC-2025");
        LocalDate bishkekDay = LocalDate.parse("2025-11-27");
        ids.put("CSC-2025-01", adopted("CSC-2025-01", DocumentType.DECLARATION, bishkek, bishkekDay,
                "Декларация Совета коллективной безопасности Организации Договора о коллективной безопасности",
                "Declaration of the Collective Security Council of the Collective Security Treaty Organization", null, List.of("declaration")));
        ids.put("CSC-2025-02", adopted("CSC-2025-02", DocumentType.STRATEGY, bishkek, bishkekDay,
                "Стратегия коллективной безопасности Организации Договора о коллективной безопасности",
                "Collective Security Strategy of the Collective Security Treaty Organization", RU_RENDERING, List.of("strategy")));
        ids.put("CSC-2025-03", create(new DocumentInput("CSC-2025-03", DocumentType.STRATEGY,
                new Texts("Антинаркотическая стратегия государств — членов ОДКБ на 2026–2030 годы",
                        "Anti-drug strategy of the CSTO member states for 2026–2030"),
                null, "CSC", bishkek, null, bishkekDay, AdoptionStatus.ADOPTED, LocalDate.parse("2026-01-01"), LocalDate.parse("2030-12-31"),
                false, null, List.of("strategy", "drugs"), List.of(), RU_RENDERING, null, null)));
        ids.put("CSC-2025-04", create(new DocumentInput("CSC-2025-04", DocumentType.PLAN,
                new Texts("План развития военного сотрудничества государств — членов ОДКБ на 2026–2030 годы",
                        "Plan for developing military cooperation of the CSTO member states for 2026–2030"),
                null, "CSC", bishkek, null, bishkekDay, AdoptionStatus.ADOPTED, LocalDate.parse("2026-01-01"), LocalDate.parse("2030-12-31"),
                false, null, List.of("military-cooperation"), List.of(), RU_RENDERING, null, null)));
        ids.put("CSC-2025-05", adopted("CSC-2025-05", DocumentType.DECISION, bishkek, bishkekDay,
                "Решение о бюджете Организации Договора о коллективной безопасности на 2026 год",
                "Decision on the budget of the CSTO for 2026", RU_RENDERING, List.of("budget")));
        ids.put("CSC-2025-06", adopted("CSC-2025-06", DocumentType.DECISION, bishkek, bishkekDay,
                "Решение о председательстве Российской Федерации в ОДКБ в 2026 году",
                "Decision on the chairmanship of the Russian Federation in 2026", RU_RENDERING, List.of("chairmanship")));
        ids.put("CSC-2025-07", adopted("CSC-2025-07", DocumentType.DECISION, bishkek, bishkekDay,
                "Решение о внесении изменений в Решение Совета коллективной безопасности от 15 сентября 2015 года о системе управления Коллективными силами",
                "Decision amending the CSC decision of 15 September 2015 on command and control of the Collective Forces",
                PRESS, List.of("collective-forces")));
        for (String key : List.of("CSC-2025-01", "CSC-2025-02", "CSC-2025-03", "CSC-2025-04", "CSC-2025-05", "CSC-2025-06", "CSC-2025-07")) {
            for (String state : DemoSessions.WITHOUT_ARMENIA) {
                position(ids.get(key), state, PositionKind.SIGNED, bishkekDay);
            }
        }
        UUID protocolDecision = create(new DocumentInput("CSC-2025-08", DocumentType.PROTOCOL_DECISION,
                new Texts("Протокольное решение о месте и времени проведения очередной сессии Совета коллективной безопасности",
                        "Protocol decision on the time and place of the next session of the Collective Security Council"),
                new Texts("Очередная сессия — 11 ноября 2026 года в Российской Федерации.",
                        "Next session: 11 November 2026, in the Russian Federation."),
                "CSC", bishkek, null, null, AdoptionStatus.DRAFT, null, null, false, null, List.of("next-session"), List.of(), RU_RENDERING, null, null));
        adoption.transition(protocolDecision, null, new TransitionInput(AdoptionStatus.ADOPTED, "Signed by the chair alone", bishkekDay));
        ids.put("CSC-2025-08", protocolDecision);
        relate(ids.get("CSC-2025-07"), RelationType.AMENDS, ids.get("DEC-2015"));
        return ids;
    }

    private UUID adopted(String reference, DocumentType type, UUID session, LocalDate date, String ru, String en, String notes,
                         List<String> tags) {
        return adopted(reference, type, session, null, date, ru, en, notes, tags);
    }

    /** Adopted under item {@code agendaItem} (from 1) of the session's agenda. */
    private UUID adopted(String reference, DocumentType type, UUID session, Integer agendaItem, LocalDate date, String ru, String en,
                         String notes, List<String> tags) {
        return create(new DocumentInput(reference, type, new Texts(ru, en), null, "CSC", session, agendaItem, date, AdoptionStatus.ADOPTED,
                null, null, false, null, tags, List.of(), notes, null, null));
    }

    private UUID create(DocumentInput input) {
        return documents.create(input).id;
    }

    private void position(UUID document, String state, PositionKind kind, LocalDate date) {
        positions.putPosition(document, state, null, new PositionInput(kind, date, null));
    }

    private void relate(UUID source, RelationType type, UUID target) {
        relations.add(source, new RelationInput(type, target));
    }
}
