package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.csto.dectrack.reference.ReferenceInputs.OrganizationUpdate;

/** The partner organisations: a code and names, nothing more. */
@ApplicationScoped
public class OrganizationCatalog extends ReferenceCatalog<Organization, OrganizationUpdate> {
    public OrganizationCatalog(OrganizationRepository organizations) {
        super(organizations, "Organization", Organization::new, (organization, details) -> { }, OrganizationUpdate::of,
                OrganizationUpdate.class);
    }
}
