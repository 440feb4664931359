package org.csto.dectrack.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member state of the Organization, by its ISO 3166 alpha-2 code. */
@Entity
@Table(name = "member_state")
public class MemberState extends CodedReference {
    @Column(name = "participation_since")
    public LocalDate participationSince;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public Participation participation;

    /** The IANA time zone of the state's capital, where its reports are dated; null when not known. */
    @Column(name = "time_zone", length = 40)
    public String timeZone;

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.MEMBER_STATE, code));
    }
}
