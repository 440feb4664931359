package org.csto.dectrack.activity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.activity.ActivityInputs.ActivityInput;
import org.csto.dectrack.activity.ActivityViews.ActivityView;
import org.csto.dectrack.activity.ActivityViews.CarriedOut;
import org.csto.dectrack.implementation.CitedActivities;
import org.csto.dectrack.implementation.Measure;
import org.csto.dectrack.reference.ReferenceData;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.text.Strings;

/** Rules and transactions for activities, and the check that a progress report cites recorded ones. */
@ApplicationScoped
public class ActivityService implements CitedActivities {
    @Inject ActivityRepository activities;
    @Inject ReferenceData referenceData;
    @Inject EntityManager em;
    @Inject MergePatch patches;

    public Activity get(UUID id) {
        return ProblemException.requireFound(id == null ? null : activities.findById(id), "Activity",
                ResourceKey.of(ResourceType.ACTIVITY, id));
    }

    @Transactional
    public Activity create(@NotNull @Valid ActivityInput input) {
        Activity activity = new Activity();
        activity.id = Ids.newId();
        apply(activity, input);
        activities.persist(activity);
        activities.flush();
        return activity;
    }

    @Transactional
    public Activity replace(UUID id, String ifMatch, @NotNull @Valid ActivityInput input) {
        Activity activity = get(id);
        Etags.require(ifMatch, activity.version);
        apply(activity, input);
        activities.flush();
        return activity;
    }

    /** A JSON merge patch of the activity ({@link MergePatch}), then the rules of {@link #replace}. */
    @Transactional
    public Activity patch(UUID id, String ifMatch, JsonNode patch) {
        Activity activity = get(id);
        Etags.require(ifMatch, activity.version);
        return replace(id, ifMatch, patches.apply(ActivityInput.of(activity), patch, ActivityInput.class));
    }

    /** Deletes an activity no progress report cites (else 409). */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Activity activity = get(id);
        Etags.require(ifMatch, activity.version);
        // Counted without the visibility filter: a report on a measure the caller may not see still holds the activity.
        long citing = ((Number) em.createNativeQuery("select count(*) from report_activity where activity_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (citing > 0) {
            throw ProblemException.conflict("activity.undeletable", citing);
        }
        activities.delete(activity);
        activities.flush();
    }

    @Override
    public void requireRecorded(String field, Collection<UUID> ids) {
        int i = 0;
        for (UUID id : ids) {
            if (id == null || activities.findById(id) == null) {
                throw ProblemException.invalidField(field + "[" + i + "]", "activity.unknown", id);
            }
            i++;
        }
    }

    /** Views of activities with the measures each carries out that the caller may see: one query for them all. */
    public List<ActivityView> views(List<Activity> rows, Lang lang) {
        Set<UUID> ids = new TreeSet<>();
        rows.forEach(a -> ids.addAll(a.measureIds));
        Map<UUID, CarriedOut> measures = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Measure m : em.createQuery("select m from Measure m join fetch m.document where m.id in :ids", Measure.class)
                    .setParameter("ids", ids).getResultList()) {
                measures.put(m.id, new CarriedOut(m.id, m.reference, m.titles.in(lang), m.document.id));
            }
        }
        List<ActivityView> views = new ArrayList<>(rows.size());
        for (Activity a : rows) {
            List<CarriedOut> carried = a.measureIds.stream().map(measures::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(CarriedOut::reference)).toList();
            views.add(ActivityView.of(a, lang, carried));
        }
        return views;
    }

    public ActivityView view(Activity activity, Lang lang) {
        return views(List.of(activity), lang).get(0);
    }

    private void apply(Activity activity, ActivityInput input) {
        LocalDate end = input.endDate() == null ? input.startDate() : input.endDate();
        if (end.isBefore(input.startDate())) {
            throw ProblemException.invalidField("endDate", "notBefore", "startDate");
        }
        Texts.requireRussian("titles", input.titles());
        List<String> participants = input.participants() == null ? List.of() : input.participants();
        referenceData.requireStates("participants", participants);
        List<String> partners = input.partners() == null ? List.of() : input.partners();
        referenceData.requireOrganizations("partners", partners);
        Set<UUID> measureIds = new LinkedHashSet<>(input.measures() == null ? List.of() : input.measures());
        requireVisibleMeasures(measureIds);
        activity.kind = input.kind();
        activity.titles = LocalizedText.of(input.titles());
        activity.startDate = input.startDate();
        activity.endDate = end;
        activity.state = input.state() == null ? null : referenceData.requireState("state", input.state());
        activity.city = Strings.blankToNull(input.city());
        activity.notes = Strings.blankToNull(input.notes());
        activity.participants.clear();
        activity.participants.addAll(participants);
        activity.partners.clear();
        activity.partners.addAll(partners);
        activity.measureIds.clear();
        activity.measureIds.addAll(measureIds);
    }

    /** Every id names a measure the caller may see: the query goes through the visibility filter. */
    private void requireVisibleMeasures(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> found = new TreeSet<>(em.createQuery("select m.id from Measure m where m.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
        int i = 0;
        for (UUID id : ids) {
            if (!found.contains(id)) {
                throw ProblemException.invalidField("measures[" + i + "]", "measure.unknown", id);
            }
            i++;
        }
    }
}
