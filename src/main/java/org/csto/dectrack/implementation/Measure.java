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
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.csto.dectrack.shared.security.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A task that carries out a document; may sit under a parent measure (programme → stage → task). */
@Entity
@Table(name = "measure")
@Filter(name = Visibility.FILTER, condition = Visibility.BY_DOCUMENT, deduceAliasInjectionPoints = false)
public class Measure extends AuditedEntity {
    public static final int MAX_DEPTH = 5;

    @Id
    public UUID id;

    @Column(nullable = false, length = 80)
    public String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    public Document document;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public int depth;

    @Column(nullable = false)
    public int seq;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru", length = 4000, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 4000))})
    public LocalizedText titles = new LocalizedText();

    @Column(length = 10000)
    public String description;

    @Column(name = "lead_code", nullable = false, length = 8)
    public String lead;

    @ElementCollection
    @CollectionTable(name = "measure_contributor", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "party_code", length = 8)
    public Set<String> contributors = new TreeSet<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "start_day", nullable = false)
    public int startDay;

    @Column(name = "due_day")
    public Integer dueDay;

    @Column(nullable = false)
    public int weight = 1;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public MeasureStatus status = MeasureStatus.PLANNED;

    @Column(nullable = false)
    public double progress;

    @Column(name = "child_count", nullable = false)
    public int childCount;

    @Column(name = "last_reported_on")
    public LocalDate lastReportedOn;

    @Column(length = 10000)
    public String notes;

    /**
     * A detached copy, for figures as of another day: never persisted, so changing its status or progress changes
     * nothing stored.
     */
    public Measure detachedCopy() {
        Measure copy = new Measure();
        copy.version = version;
        copy.createdAt = createdAt;
        copy.createdBy = createdBy;
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        copy.description = description;
        copy.contributors = new TreeSet<>(contributors);
        copy.notes = notes;
        copy.id = id;
        copy.reference = reference;
        copy.document = document;
        copy.parentId = parentId;
        copy.depth = depth;
        copy.seq = seq;
        copy.titles = titles;
        copy.lead = lead;
        copy.startDate = startDate;
        copy.dueDate = dueDate;
        copy.startDay = startDay;
        copy.dueDay = dueDay;
        copy.weight = weight;
        copy.status = status;
        copy.progress = progress;
        copy.childCount = childCount;
        copy.lastReportedOn = lastReportedOn;
        return copy;
    }

    public boolean isParent() {
        return childCount > 0;
    }

    /** Keeps the epoch-day columns that SQL filters use in step with the dates. */
    public void setSchedule(LocalDate start, LocalDate due, LocalDate createdOn) {
        startDate = start;
        dueDate = due;
        startDay = (int) (start != null ? start : createdOn).toEpochDay();
        dueDay = due == null ? null : (int) due.toEpochDay();
    }

    public Lateness latenessOn(LocalDate today) {
        return Lateness.of(status, progress, startDay, dueDate, today);
    }

    /** Whether the party leads the measure or contributes to it. */
    public boolean involves(String party) {
        return party != null && (party.equals(lead) || contributors.contains(party));
    }

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.MEASURE, id));
    }
}
