package org.csto.dectrack.reference;

import jakarta.ws.rs.Path;
import org.csto.dectrack.reference.ReferenceInputs.MemberStateUpdate;
import org.csto.dectrack.reference.ReferenceInputs.NewMemberState;
import org.csto.dectrack.reference.ReferenceViews.MemberStateView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/member-states")
@Tag(name = "Member states", description = "The Organization's member states (ISO 3166 alpha-2 codes) and their participation")
public class MemberStateResource extends ReferenceResource<MemberState, MemberStateView, MemberStateUpdate, NewMemberState> {
    public MemberStateResource(MemberStateCatalog states) {
        super(states, MemberStateView::of);
    }
}
