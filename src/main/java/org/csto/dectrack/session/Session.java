package org.csto.dectrack.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One meeting of a body. */
@Entity
@Table(name = "council_session")
public class Session extends AuditedEntity {
    @Id
    public UUID id;

    @Column(name = "body_code", nullable = false, length = 8)
    public String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public SessionKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public SessionFormat format;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public SessionStatus status;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(length = 200)
    public String city;

    @Column(name = "host_country", length = 2)
    public String hostCountry;

    @Column(name = "chair_code", length = 2)
    public String chair;

    @ElementCollection
    @CollectionTable(name = "session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "state_code", length = 2)
    public Set<String> attendees = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agenda_item", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "item_no")
    public List<AgendaItem> agenda = new ArrayList<>();

    @Column(length = 10000)
    public String notes;

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.SESSION, id));
    }
}
