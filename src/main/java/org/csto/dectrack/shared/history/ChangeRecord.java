package org.csto.dectrack.shared.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.csto.dectrack.shared.security.Classification;
import org.csto.dectrack.shared.security.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ParamDef;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the append-only change record; nothing deletes it, and nothing updates it but the marking of a
 * reclassified document's entries. Declares the visibility filter ({@link Visibility}) every classified entity names.
 */
@Entity
@Immutable
@Table(name = "change_record")
@FilterDef(name = Visibility.FILTER, applyToLoadByKey = true, parameters = {
        @ParamDef(name = "clearance", type = Integer.class, resolver = Visibility.ClearanceParameter.class),
        @ParamDef(name = "today", type = LocalDate.class, resolver = Visibility.TodayParameter.class)})
@Filter(name = Visibility.FILTER, condition = Visibility.RECORDED, deduceAliasInjectionPoints = false)
public class ChangeRecord extends PanacheEntityBase {
    /** Operations as the API names them. */
    public enum Operation { CREATED, UPDATED, DELETED }

    @Id
    @Column(name = "cursor_no")
    public long cursor;

    @Column(name = "resource_type", nullable = false, length = 20)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, length = 64)
    public String resourceId;

    @Column(name = "owner_id", length = 64)
    public String ownerId;

    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    public Operation operation;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    public String changedBy;

    @Column(name = "request_id", length = 64)
    public String requestId;

    /** The classification of the document the entry is of or belongs to; null for what is not classified. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 12)
    public Classification classification;

    @Column(name = "declassify_on")
    public LocalDate declassifyOn;

    /** The resource's state after the change as JSON; null for a deletion. */
    @Column(length = 1000000)
    public String state;
}
