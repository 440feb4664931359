package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.csto.dectrack.reference.ReferenceInputs.MemberStateUpdate;

/** The member states: participation is all they have beyond a code and names. */
@ApplicationScoped
public class MemberStateCatalog extends ReferenceCatalog<MemberState, MemberStateUpdate> {
    public MemberStateCatalog(MemberStateRepository states) {
        super(states, "Member state", MemberState::new, (state, details) -> {
            state.participation = details.participation();
            state.participationSince = details.participationSince();
        });
    }
}
