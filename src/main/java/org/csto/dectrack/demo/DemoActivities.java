package org.csto.dectrack.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.activity.ActivityInputs.ActivityInput;
import org.csto.dectrack.activity.ActivityKind;
import org.csto.dectrack.activity.ActivityService;
import org.csto.dectrack.shared.i18n.Texts;

/**
 * Activities demo, from public reports (dates as reported): the 2024 joint training of the Collective Forces, the
 * special operations, cooperation with the UN, CIS and SCO, the Second Minsk Conference on Eurasian Security, the joint
 * summing-up of January 2025, and the Dushanbe stage-1 meeting of the border programme that its reports cite.
 */
@ApplicationScoped
class DemoActivities {
    private static final List<String> FIVE = List.of("BY", "KG", "KZ", "RU", "TJ");

    @Inject ActivityService activities;

    int load() {
        activity(ActivityKind.JOINT_TRAINING, "Совместное учение «Нерушимое братство-2024» миротворческих сил ОДКБ",
                "Joint command-staff exercise of the CSTO peacekeeping forces \"Indestructible Brotherhood-2024\"",
                "2024-09-26", "2024-09-30", "KZ", null, FIVE, List.of(), List.of(), null);
        activity(ActivityKind.JOINT_TRAINING, "Совместные учения «Взаимодействие-2024», «Поиск-2024» и «Эшелон-2024»",
                "Joint exercises \"Interaction-2024\", \"Search-2024\" and \"Echelon-2024\"", "2024-09-01", "2024-10-31", "KG",
                "Балыкчы", FIVE, List.of(), List.of(),
                "Held together near Balykchy in the autumn (dates span the season as reported): about 1,500 personnel and 200 "
                        + "pieces of equipment, with the Secretariat and the Joint Staff; Armenia did not take part.");
        activity(ActivityKind.SPECIAL_OPERATION, "Специальные операции «Канал», «Нелегал» и «PROXY» в 2024 году",
                "Special operations \"Channel\", \"Illegal\" and \"PROXY\" in 2024", "2024-01-01", "2024-12-31", null, null, FIVE,
                List.of(), List.of(), "Permanent operations against drug trafficking, illegal migration and crime in the "
                        + "information sphere, run through the year.");
        activity(ActivityKind.COOPERATION_EVENT, "Сотрудничество с ООН, СНГ и ШОС в 2024 году",
                "Cooperation with the UN, the CIS and the SCO in 2024", "2024-01-01", "2024-12-31", null, null, List.of(),
                List.of("CIS", "SCO", "UN"), List.of(), "As listed in the 2024 summing-up of 23 January 2025.");
        activity(ActivityKind.CONFERENCE, "Вторая Минская международная конференция по евразийской безопасности",
                "Second Minsk International Conference on Eurasian Security", "2024-10-31", "2024-11-01", "BY", "Минск",
                List.of("BY", "RU"), List.of("CIS", "OSCE", "SCO"), List.of(),
                "About 600 participants; the CSTO Secretary General spoke.");
        activity(ActivityKind.MEETING, "Совместное подведение итогов Секретариата и Объединённого штаба за 2024 год",
                "Joint summing-up of the Secretariat and the Joint Staff for 2024", "2025-01-23", "2025-01-23", "RU", "Москва",
                List.of(), List.of(), List.of(), null);
        return 6;
    }

    /** The stage-1 meeting of the border programme in Dushanbe, 11 April 2025, on the tasks it carried out. */
    UUID dushanbeMeeting(List<UUID> tasks) {
        return activity(ActivityKind.MEETING, "Совещание по первому этапу программы укрепления таджикско-афганской границы",
                "Stage-1 meeting of the Tajik-Afghan border programme", "2025-04-11", "2025-04-11", "TJ", "Душанбе",
                List.of("TJ", "RU", "KZ", "KG", "BY"), List.of(), tasks, null);
    }

    private UUID activity(ActivityKind kind, String ru, String en, String start, String end, String state, String city,
                          List<String> participants, List<String> partners, List<UUID> measures, String notes) {
        return activities.create(new ActivityInput(kind, new Texts(ru, en), LocalDate.parse(start), LocalDate.parse(end), state,
                city, participants, partners, measures, notes)).id;
    }
}
