package org.csto.dectrack.reference;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "body")
public class Body extends AuditedEntity {
    @Id
    @Column(length = 8)
    public String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru", length = 4000, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 4000))})
    public LocalizedText names = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    public BodyKind kind;
}
