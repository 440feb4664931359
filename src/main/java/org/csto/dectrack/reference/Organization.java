package org.csto.dectrack.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;

/** A partner organisation the Organization cooperates with (UN, CIS, SCO, OSCE): a code and names. */
@Entity
@Table(name = "organization")
public class Organization extends CodedReference {
    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.ORGANIZATION, code));
    }
}
