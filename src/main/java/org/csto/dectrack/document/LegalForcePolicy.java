package org.csto.dectrack.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of entry into force, free of persistence so they can be unit tested.
 *
 * <p>A document that needs no ratification is in force from adoption, or from {@code validFrom} when later.
 * One that needs ratification enters into force when the depositary receives the N-th notification (N =
 * {@code notificationsForEntryIntoForce}, or every ratifying state when not stated); for a state notifying later,
 * from its own notification. It is PARTIALLY_IN_FORCE while some state that took part in ratification has not
 * notified, IN_FORCE once all have.
 */
public record LegalForcePolicy(
        AdoptionStatus adoptionStatus,
        LocalDate adoptedOn,
        LocalDate validFrom,
        LocalDate validTo,
        boolean ratificationRequired,
        Integer notificationsNeeded,
        Map<String, LocalDate> notifications,
        String terminatedAs) {

    /** Entry into force of the document as a whole, or null while it is not (yet) determined. */
    public LocalDate entryIntoForce() {
        if (adoptionStatus != AdoptionStatus.ADOPTED || adoptedOn == null) {
            return null;
        }
        if (!ratificationRequired) {
            return later(adoptedOn, validFrom);
        }
        List<LocalDate> dates = notifiedDates();
        int needed = notificationsNeeded != null ? notificationsNeeded : notifications.size();
        if (needed == 0 || dates.size() < needed) {
            return null;
        }
        return later(later(dates.get(needed - 1), adoptedOn), validFrom);
    }

    /** From when the document is in force for every state that takes part; null while some have not notified. */
    public LocalDate fullForceFrom() {
        LocalDate entry = entryIntoForce();
        if (entry == null || !ratificationRequired) {
            return entry;
        }
        if (notifications.values().stream().anyMatch(d -> d == null)) {
            return null;
        }
        List<LocalDate> dates = notifiedDates();
        return later(entry, dates.get(dates.size() - 1));
    }

    /** Each ratifying state's own date of entry into force (null when not yet determined). */
    public Map<String, LocalDate> entryIntoForceByState() {
        LocalDate entry = entryIntoForce();
        Map<String, LocalDate> result = new LinkedHashMap<>();
        notifications.forEach((state, notified) ->
                result.put(state, entry == null || notified == null ? null : later(entry, notified)));
        return result;
    }

    public LegalForce on(LocalDate today) {
        return evaluate(adoptionStatus, terminatedAs, validTo, entryIntoForce(), fullForceFrom(), today);
    }

    /** The decision from the stored columns; {@link DocumentQueries#legalForcePredicate} makes the same one in SQL. */
    static LegalForce evaluate(AdoptionStatus status, String terminatedAs, LocalDate validTo, LocalDate entryIntoForce,
                               LocalDate fullForceFrom, LocalDate today) {
        if (status != AdoptionStatus.ADOPTED) {
            return LegalForce.NOT_YET_IN_FORCE;
        }
        if (terminatedAs != null) {
            return LegalForce.valueOf(terminatedAs);
        }
        if (validTo != null && validTo.isBefore(today)) {
            return LegalForce.EXPIRED;
        }
        if (entryIntoForce == null || entryIntoForce.isAfter(today)) {
            return LegalForce.NOT_YET_IN_FORCE;
        }
        if (fullForceFrom == null || fullForceFrom.isAfter(today)) {
            return LegalForce.PARTIALLY_IN_FORCE;
        }
        return LegalForce.IN_FORCE;
    }

    private List<LocalDate> notifiedDates() {
        Collection<LocalDate> values = notifications.values();
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date : values) {
            if (date != null) {
                dates.add(date);
            }
        }
        dates.sort(null);
        return dates;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
