package org.csto.dectrack.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a document's stored force columns (entry into force, full force, termination) in step with its ratifications
 * and the relations that end it, in the transaction that changed them.
 */
@ApplicationScoped
public class LegalForceRefresh {
    @Inject RatificationRepository ratifications;
    @Inject RelationRepository relations;

    /** Recomputes the stored entry-into-force and termination columns from ratifications and relations. */
    public void refresh(Document document) {
        boolean stored = document.createdAt != null;
        Map<String, LocalDate> notifications = document.ratificationRequired && stored
                ? notifications(ratifications.ofDocument(document.id)) : Map.of();
        List<RelationType> terminating = stored ? relations.terminatingTypesInto(document.id) : List.of();
        document.terminatedAs = terminating.contains(RelationType.REPEALS) ? LegalForce.REPEALED.name()
                : terminating.contains(RelationType.SUPERSEDES) ? LegalForce.SUPERSEDED.name() : null;
        LegalForcePolicy policy = policyOf(document, notifications);
        document.entryIntoForce = policy.entryIntoForce();
        document.fullForceFrom = policy.fullForceFrom();
    }

    /** Each ratifying state's notification date (null while it has not notified), by state code. */
    static Map<String, LocalDate> notifications(List<Ratification> ratifications) {
        Map<String, LocalDate> notifications = new LinkedHashMap<>();
        ratifications.stream().sorted(Comparator.comparing((Ratification r) -> r.state))
                .forEach(r -> notifications.put(r.state, r.notifiedOn));
        return notifications;
    }

    static LegalForcePolicy policyOf(Document document, Map<String, LocalDate> notifications) {
        return new LegalForcePolicy(document.adoptionStatus, document.adoptedOn, document.validFrom, document.validTo,
                document.ratificationRequired, document.notificationsForEntryIntoForce, notifications, document.terminatedAs);
    }
}
