package org.csto.dectrack.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.csto.dectrack.reference.ReferenceInputs.BodyUpdate;
import org.csto.dectrack.reference.ReferenceInputs.NewBody;
import org.csto.dectrack.reference.ReferenceViews.BodyView;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
@Path("/api/v1/bodies")
@Tag(name = "Bodies", description = "The councils and working bodies that meet and adopt documents (CSC, CFM, CMD, CSSC, PC, PA, SEC, JS)")
public class BodyResource extends ReferenceResource<Body, BodyView, BodyUpdate, NewBody> {
    public BodyResource(BodyCatalog bodies) {
        super(bodies);
    }

    @Override
    protected BodyView view(Body body, Lang lang) {
        return BodyView.of(body, lang);
    }
}
