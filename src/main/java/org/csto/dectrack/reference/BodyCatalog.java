package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.csto.dectrack.reference.ReferenceInputs.BodyUpdate;

/** The councils and working bodies. */
@ApplicationScoped
public class BodyCatalog extends ReferenceCatalog<Body, BodyUpdate> {
    public BodyCatalog(BodyRepository bodies) {
        super(bodies, "Body");
    }

    @Override
    protected Body newRow() {
        return new Body();
    }

    @Override
    protected void applyDetails(Body body, BodyUpdate details) {
        body.kind = details.kind();
    }
}
