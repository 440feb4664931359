package org.csto.dectrack.document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;

/**
 * Generated references, BODY-YEAR-NN (DOC-YEAR-NN without a body). Each prefix has a counter row; a create takes its
 * lock, so concurrent creates, on one instance or several, wait for each other instead of computing the same number.
 */
@ApplicationScoped
public class DocumentNumbering {
    @Inject EntityManager em;
    @Inject DocumentRepository documents;

    /** The next free reference for a document of {@code body} (null: none) considered on {@code date}. */
    String next(String body, LocalDate date) {
        String prefix = (body == null ? "DOC" : body) + "-" + date.getYear() + "-";
        ensureCounter(prefix);
        ReferenceCounter counter = em.find(ReferenceCounter.class, prefix, LockModeType.PESSIMISTIC_WRITE);
        String reference;
        do { // references given by hand may already use the next number
            counter.lastNumber++;
            reference = prefix + String.format("%02d", counter.lastNumber);
        } while (documents.byReference(reference).isPresent());
        return reference;
    }

    /** Creates the prefix's counter, starting after the highest reference recorded so far, unless it exists. */
    private void ensureCounter(String prefix) {
        if (em.find(ReferenceCounter.class, prefix) != null) {
            return;
        }
        int highest = highestNumber(prefix);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (em.find(ReferenceCounter.class, prefix) == null) {
                    ReferenceCounter counter = new ReferenceCounter();
                    counter.prefix = prefix;
                    counter.lastNumber = highest;
                    em.persist(counter);
                }
            });
        } catch (RuntimeException createdByAnotherRequest) {
            // Two first creates of a prefix raced: the other one's counter stands, and the lock below serialises us.
        }
    }

    private int highestNumber(String prefix) {
        int highest = 0;
        for (String reference : documents.referencesStartingWith(prefix)) {
            String rest = reference.substring(prefix.length());
            if (rest.matches("\\d{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(rest));
            }
        }
        return highest;
    }
}
