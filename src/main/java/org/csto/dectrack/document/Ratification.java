package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.RatificationInput;
import org.csto.dectrack.shared.security.Visibility;
import org.hibernate.annotations.Filter;

/** One state's way from signature to the depositary's receipt of its notification. */
@Entity
@Table(name = "ratification")
@Filter(name = Visibility.FILTER, condition = Visibility.BY_DOCUMENT, deduceAliasInjectionPoints = false)
public class Ratification extends StateRecord {
    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "ratified_on")
    public LocalDate ratifiedOn;

    @Column(name = "notified_on")
    public LocalDate notifiedOn;

    void record(RatificationInput input) {
        signedOn = input.signedOn();
        ratifiedOn = input.ratifiedOn();
        notifiedOn = input.notifiedOn();
    }

    /** A new, empty ratification record of {@code state} for the document. */
    public static Ratification of(UUID documentId, String state) {
        return new Ratification().forState(documentId, state);
    }
}
