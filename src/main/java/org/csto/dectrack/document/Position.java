package org.csto.dectrack.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.PositionInput;
import org.csto.dectrack.shared.security.Visibility;
import org.csto.dectrack.shared.text.Strings;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one member state did with one document. */
@Entity
@Table(name = "document_position")
@Filter(name = Visibility.FILTER, condition = Visibility.BY_DOCUMENT, deduceAliasInjectionPoints = false)
public class Position extends StateRecord {
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "stance", nullable = false, length = 30)
    public PositionKind position;

    @Column(name = "position_date")
    public LocalDate date;

    @Column(length = 4000)
    public String reservation;

    /** Takes what the input says (a blank reservation is none). */
    void record(PositionInput input) {
        position = input.position();
        date = input.date();
        reservation = Strings.blankToNull(input.reservation());
    }

    /** A new, empty position of {@code state} on the document. */
    public static Position of(UUID documentId, String state) {
        return new Position().forState(documentId, state);
    }
}
