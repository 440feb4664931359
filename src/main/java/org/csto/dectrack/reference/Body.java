package org.csto.dectrack.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A council or working body that meets and adopts documents (CSC, CFM, JS...). */
@Entity
@Table(name = "body")
public class Body extends CodedReference {
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    public BodyKind kind;

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.BODY, code));
    }
}
