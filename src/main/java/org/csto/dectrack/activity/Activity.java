package org.csto.dectrack.activity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event that carries decisions out: a joint exercise, a special operation, a cooperation event, a conference. */
@Entity
@Table(name = "activity")
public class Activity extends AuditedEntity {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    public ActivityKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru", length = 4000, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 4000))})
    public LocalizedText titles = new LocalizedText();

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** The member state where it took place; none for one held by video, abroad or across several states. */
    @Column(name = "state_code", length = 2)
    public String state;

    @Column(length = 200)
    public String city;

    @ElementCollection
    @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "state_code", length = 2)
    public Set<String> participants = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_partner", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "organization_code", length = 8)
    public Set<String> partners = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "activity_measure", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "measure_id")
    public Set<UUID> measureIds = new TreeSet<>();

    @Column(length = 10000)
    public String notes;

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.ACTIVITY, id));
    }
}
