package org.csto.dectrack.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given to a generated reference with this prefix ({@code CSC-2024-}); see {@link DocumentNumbering}. */
@Entity
@Table(name = "reference_counter")
public class ReferenceCounter extends PanacheEntityBase {
    @Id
    @Column(length = 40)
    public String prefix;

    @Column(name = "last_number", nullable = false)
    public int lastNumber;
}
