package org.csto.dectrack.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csto.dectrack.document.AdoptionStatus;
import org.csto.dectrack.document.DocumentInputs.DocumentInput;
import org.csto.dectrack.document.DocumentInputs.RelationInput;
import org.csto.dectrack.document.DocumentService;
import org.csto.dectrack.document.DocumentType;
import org.csto.dectrack.document.RelationService;
import org.csto.dectrack.document.RelationType;
import org.csto.dectrack.implementation.MeasureInputs.MeasureInput;
import org.csto.dectrack.implementation.MeasureInputs.ReportInput;
import org.csto.dectrack.implementation.MeasureService;
import org.csto.dectrack.implementation.MeasureStatus;
import org.csto.dectrack.implementation.MeasureViews.EvidenceView;
import org.csto.dectrack.implementation.ReportService;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.security.Classification;

/** Implementation demo: the Tajik-Afghan border programme, the Victory plan and the Permanent Council's 2025 Action Plan. */
@ApplicationScoped
class DemoImplementation {
    static final String ILLUSTRATIVE = "Illustrative measure for the demo, built from public reporting; not official wording.";

    @Inject MeasureService measures;
    @Inject ReportService reports;
    @Inject DocumentService documents;
    @Inject RelationService relations;
    @Inject DemoActivities activities;

    int load(Map<String, UUID> docs) {
        int count = 0;
        // The border programme: three stages; stage 1 broken into Tajikistan's tasks.
        UUID programme = docs.get("CSC-2024-02A");
        UUID stage1 = measure(programme, null, "Этап 1 (2025): поставщики, финансирование и контракты",
                "Stage 1 (2025): suppliers, funding and contracts", "TJ", List.of("JS", "SEC"), "2025-01-01", "2025-12-31", 1,
                "Tajikistan, as customer-coordinator, maps suppliers, funding and contracts.");
        measure(programme, null, "Этап 2 (2026–2027): поставки на отдельные заставы",
                "Stage 2 (2026–2027): deliveries to selected outposts", "TJ", List.of("RU", "BY", "KZ", "KG", "JS"),
                "2026-01-01", "2027-12-31", 2, null);
        measure(programme, null, "Этап 3 (2027–2029): обустройство всей границы",
                "Stage 3 (2027–2029): the whole border", "TJ", List.of("RU", "BY", "KZ", "KG", "JS"), "2027-01-01", "2029-12-31", 3, null);
        UUID suppliers = measure(null, stage1, "Определение поставщиков", "Map suppliers", "TJ", List.of("JS"),
                "2025-01-29", "2025-06-30", 1, null);
        UUID funding = measure(null, stage1, "Согласование финансирования", "Agree funding", "TJ", List.of("SEC"),
                "2025-02-01", "2025-09-30", 1, null);
        UUID equipment = measure(null, stage1, "Перечень оборудования и контракты", "Equipment list and contracts", "TJ",
                List.of("RU", "BY", "KZ", "KG"), "2025-04-01", "2025-12-31", 2, null);
        count += 6;
        report(suppliers, "2025-01-29", "TJ", "Начата реализация программы.", "Implementation of the programme begins.", 10,
                MeasureStatus.IN_PROGRESS, null);
        List<UUID> dushanbe = List.of(activities.dushanbeMeeting(List.of(suppliers, funding)));
        report(suppliers, "2025-04-11", "TJ", "В Душанбе проведено совещание по первому этапу.",
                "Stage-1 meeting held in Dushanbe.", 50, null, null, dushanbe);
        report(funding, "2025-04-11", "TJ", "Вопросы финансирования рассмотрены на совещании в Душанбе.",
                "Funding discussed at the Dushanbe stage-1 meeting.", 20, MeasureStatus.IN_PROGRESS, null, dushanbe);
        report(suppliers, "2025-05-19", "SEC", "Объявлено о поставках в 2026 году.", "Deliveries announced for 2026.", 80, null, null);
        report(equipment, "2025-12-15", "TJ", "Перечень оборудования, представленный Таджикистаном, рассматривается другими государствами.",
                "Tajikistan's equipment list under review by the other member states.", 40, MeasureStatus.IN_PROGRESS, null);
        report(equipment, "2026-01-20", "SEC", "Программа по-прежнему на первом этапе.", "The programme is still in stage 1.", 45, null, null);

        // The Victory plan: events due by 9 May 2025, all completed.
        UUID plan = docs.get("CSC-2024-05A");
        UUID events = measure(plan, null, "Памятные мероприятия в государствах-членах", "Commemorative events in the member states",
                "SEC", List.of("AM", "BY", "KZ", "KG", "RU", "TJ"), "2025-01-15", "2025-05-09", 1, ILLUSTRATIVE);
        UUID media = measure(plan, null, "Публикации и освещение в СМИ", "Publications and media coverage", "SEC", List.of(),
                "2025-01-15", "2025-05-09", 1, ILLUSTRATIVE);
        count += 2;
        for (UUID id : List.of(events, media)) {
            report(id, "2025-02-03", "SEC", "Работа начата.", "Work started.", 20, MeasureStatus.IN_PROGRESS, null);
            report(id, "2025-05-09", "SEC", "Мероприятия проведены.", "Events held.", 100, MeasureStatus.COMPLETED, null);
        }

        // The Permanent Council's 2025 Action Plan, implementing the Astana decisions.
        UUID actionPlan = documents.create(new DocumentInput("PC-2025-01", DocumentType.PLAN,
                new Texts("План действий по реализации решений Совета коллективной безопасности ОДКБ на 2025 год",
                        "Action Plan for implementing the decisions of the CSTO Collective Security Council in 2025"),
                null, "PC", null, null, LocalDate.parse("2025-01-30"), AdoptionStatus.ADOPTED, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), false, null, List.of("action-plan"), List.of(),
                "Agreed by the Permanent Council; adoption date and measures are illustrative.", null, null)).id;
        for (String decision : List.of("CSC-2024-02", "CSC-2024-03", "CSC-2024-05", "CSC-2024-06", "CSC-2024-09")) {
            relations.add(actionPlan, new RelationInput(RelationType.IMPLEMENTS, docs.get(decision)));
        }
        UUID chair = measure(actionPlan, null, "План действий по приоритетам председательства Кыргызстана в 2025 году",
                "Action plan for the priority areas of Kyrgyzstan's 2025 chairmanship", "KG", List.of("SEC"), "2025-01-01",
                "2025-12-31", 1, ILLUSTRATIVE);
        UUID training = measure(actionPlan, null, "Совместная подготовка Коллективных сил", "Joint training of the Collective Forces",
                "JS", List.of("RU", "KZ", "KG", "TJ", "BY"), "2025-03-01", "2025-10-31", 2, ILLUSTRATIVE);
        UUID cooperation = measure(actionPlan, null, "Сотрудничество с ООН, СНГ и ШОС", "Cooperation with the UN, CIS and SCO",
                "SEC", List.of(), "2025-01-01", "2025-12-31", 1, ILLUSTRATIVE);
        UUID ratification = measure(actionPlan, null, "Внутригосударственные процедуры по протоколам, подписанным в Астане",
                "Domestic procedures for the protocols signed in Astana", "SEC", List.of(), "2025-01-01", "2025-12-31", 2, ILLUSTRATIVE);
        count += 4;
        UUID russia = null;
        for (String state : List.of("BY", "KZ", "KG", "RU", "TJ")) {
            UUID id = measure(null, ratification, "Ратификация протоколов: " + state, "Ratification of the protocols: " + state, state,
                    List.of(), "2025-01-01", "2025-12-31", 1, null);
            count++;
            if (state.equals("RU")) {
                russia = id;
            } else if (!state.equals("TJ")) {
                report(id, "2025-06-01", state, "Документы внесены в парламент.", "Submitted to parliament.", 30,
                        MeasureStatus.IN_PROGRESS, null);
            }
        }
        report(russia, "2025-07-31", "RU", "Протоколы ратифицированы.", "The protocols were ratified.", 100, MeasureStatus.IN_PROGRESS, null);
        report(russia, "2025-07-31", "RU", "Ратификация завершена.", "Ratification completed.", 100, MeasureStatus.COMPLETED, null);
        report(chair, "2025-03-15", "KG", "План действий утверждён.", "Action plan approved.", 40, MeasureStatus.IN_PROGRESS, null);
        report(chair, "2025-12-20", "KG", "Председательство завершено.", "Chairmanship concluded.", 100, MeasureStatus.COMPLETED, null);
        report(training, "2025-09-30", "JS", "Совместные учения проведены.", "Joint exercises held.", 100, MeasureStatus.IN_PROGRESS, null);
        report(training, "2025-10-15", "JS", "Подготовка завершена.", "Training completed.", 100, MeasureStatus.COMPLETED, null);
        report(cooperation, "2025-06-30", "SEC", "Консультации проведены.", "Consultations held.", 60, MeasureStatus.IN_PROGRESS, null);
        return count + equipmentSchedule(docs.get("CSC-2024-06"));
    }

    /**
     * A confidential document with measures and reports: who sees it depends on clearance (docs/security.md). Readers,
     * liaisons and systems do not; the Secretariat does; from 2031 on everyone does.
     */
    private int equipmentSchedule(UUID equipmentDecision) {
        UUID schedule = documents.create(new DocumentInput("JS-2025-01", DocumentType.PLAN,
                new Texts("График поставок вооружения и военной техники в компоненты Коллективных сил на 2025–2026 годы",
                        "Schedule of deliveries of arms and military equipment to the components of the Collective Forces, 2025–2026"),
                null, "JS", null, null, LocalDate.parse("2025-02-14"), AdoptionStatus.ADOPTED, LocalDate.parse("2025-03-01"),
                LocalDate.parse("2026-12-31"), false, null, List.of("collective-forces", "equipment"), List.of(),
                "Illustrative confidential document for the demo: its title, dates and measures are not official.",
                Classification.CONFIDENTIAL, LocalDate.parse("2031-01-01"))).id;
        relations.add(schedule, new RelationInput(RelationType.IMPLEMENTS, equipmentDecision));
        UUID air = measure(schedule, null, "Поставки для авиационного компонента", "Deliveries to the air component", "RU",
                List.of("BY"), "2025-03-01", "2025-12-31", 2, ILLUSTRATIVE);
        UUID ground = measure(schedule, null, "Поставки для сухопутного компонента", "Deliveries to the ground component", "RU",
                List.of("KZ", "KG", "TJ"), "2025-03-01", "2026-06-30", 3, ILLUSTRATIVE);
        report(air, "2025-10-01", "RU", "Первая партия поставлена.", "First batch delivered.", 50, MeasureStatus.IN_PROGRESS, null);
        report(ground, "2025-11-15", "JS", "Согласованы графики приёмки.", "Acceptance schedules agreed.", 20,
                MeasureStatus.IN_PROGRESS, null);
        return 2;
    }

    private UUID measure(UUID document, UUID parent, String ru, String en, String lead, List<String> contributors, String start,
                         String due, int weight, String notes) {
        return measures.create(new MeasureInput(document, parent, new Texts(ru, en), null, lead, contributors,
                LocalDate.parse(start), LocalDate.parse(due), weight, notes, null, null)).id;
    }

    private void report(UUID measure, String date, String party, String ru, String en, Integer progress, MeasureStatus status,
                        String reason) {
        report(measure, date, party, ru, en, progress, status, reason, List.of());
    }

    /** A report citing activities as its evidence. */
    private void report(UUID measure, String date, String party, String ru, String en, Integer progress, MeasureStatus status,
                        String reason, List<UUID> cited) {
        reports.add(measure, null, new ReportInput(LocalDate.parse(date), party, new Texts(ru, en), progress, status, reason,
                List.<EvidenceView>of(), cited));
    }
}
