package org.csto.dectrack.implementation;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.csto.dectrack.shared.security.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An append-only report on a measure: the only way its progress and status change. */
@Entity
@Table(name = "progress_report")
@Filter(name = Visibility.FILTER, condition = Visibility.BY_MEASURE, deduceAliasInjectionPoints = false)
public class ProgressReport extends AuditedEntity {
    @Id
    public UUID id;

    @Column(name = "measure_id", nullable = false)
    public UUID measureId;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(name = "reporting_party", nullable = false, length = 8)
    public String reportingParty;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "text_ru", length = 4000)),
            @AttributeOverride(name = "en", column = @Column(name = "text_en", length = 4000))})
    public LocalizedText texts = new LocalizedText();

    public Double progress;

    @Column(name = "previous_progress", nullable = false)
    public double previousProgress;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    public MeasureStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "previous_status", nullable = false, length = 20)
    public MeasureStatus previousStatus;

    @Column(length = 2000)
    public String reason;

    @ElementCollection
    @CollectionTable(name = "report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "item_no")
    public List<Evidence> evidence = new ArrayList<>();

    /** Activities cited as evidence. */
    @ElementCollection
    @CollectionTable(name = "report_activity", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "activity_id")
    public Set<UUID> activityIds = new TreeSet<>();

    @PostLoad
    void emptyTextsWhenNone() {
        if (texts == null) {
            texts = new LocalizedText();
        }
    }

    /** A report is a change of its measure. */
    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.MEASURE, measureId));
    }
}
