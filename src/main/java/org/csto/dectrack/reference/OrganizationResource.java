package org.csto.dectrack.reference;

import jakarta.ws.rs.Path;
import org.csto.dectrack.reference.ReferenceInputs.NewOrganization;
import org.csto.dectrack.reference.ReferenceInputs.OrganizationUpdate;
import org.csto.dectrack.reference.ReferenceViews.OrganizationView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Tag(name = "Organizations",
        description = "Partner organisations the Organization cooperates with (UN, CIS, SCO, OSCE): named by activities")
public class OrganizationResource extends ReferenceResource<Organization, OrganizationView, OrganizationUpdate, NewOrganization> {
    public OrganizationResource(OrganizationCatalog organizations) {
        super(organizations, OrganizationView::of);
    }
}
