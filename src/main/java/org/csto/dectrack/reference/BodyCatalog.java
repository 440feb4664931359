package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.csto.dectrack.reference.ReferenceInputs.BodyUpdate;

/** The councils and working bodies: a kind is all they have beyond a code and names. */
@ApplicationScoped
public class BodyCatalog extends ReferenceCatalog<Body, BodyUpdate> {
    public BodyCatalog(BodyRepository bodies) {
        super(bodies, "Body", Body::new, (body, details) -> body.kind = details.kind(), BodyUpdate::of, BodyUpdate.class);
    }
}
