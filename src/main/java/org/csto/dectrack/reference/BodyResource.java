package org.csto.dectrack.reference;

import jakarta.ws.rs.Path;
import org.csto.dectrack.reference.ReferenceInputs.BodyUpdate;
import org.csto.dectrack.reference.ReferenceInputs.NewBody;
import org.csto.dectrack.reference.ReferenceViews.BodyView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bodies")
@Tag(name = "Bodies",
        description = "The councils and working bodies that meet and adopt documents (CSC, CFM, CMD, CSSC, PC, PA, SEC, JS)")
public class BodyResource extends ReferenceResource<Body, BodyView, BodyUpdate, NewBody> {
    public BodyResource(BodyCatalog bodies) {
        super(bodies, BodyView::of);
    }
}
