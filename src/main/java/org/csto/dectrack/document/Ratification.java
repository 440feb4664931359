package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.shared.persistence.AuditedEntity;

/** One state's way from signature to the depositary's receipt of its notification. */
@Entity
@Table(name = "ratification")
public class Ratification extends AuditedEntity {
    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "state_code", nullable = false, length = 2)
    public String state;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "ratified_on")
    public LocalDate ratifiedOn;

    @Column(name = "notified_on")
    public LocalDate notifiedOn;
}
