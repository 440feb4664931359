package org.csto.dectrack.reference;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.persistence.AuditedEntity;

/** Reference data identified by a code (KZ, CSC) with a name in both languages: member states and bodies. */
@MappedSuperclass
public abstract class CodedReference extends AuditedEntity {
    @Id
    @Column(length = 8)
    public String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru", length = 4000, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 4000))})
    public LocalizedText names = new LocalizedText();
}
