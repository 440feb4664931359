package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one member state did with one document. */
@Entity
@Table(name = "document_position")
public class Position extends AuditedEntity {
    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "state_code", nullable = false, length = 2)
    public String state;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stance", nullable = false, length = 30)
    public PositionKind position;

    @Column(name = "position_date")
    public LocalDate date;

    @Column(length = 4000)
    public String reservation;
}
