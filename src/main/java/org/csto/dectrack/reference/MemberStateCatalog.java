package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.csto.dectrack.reference.ReferenceInputs.MemberStateUpdate;

/** The member states. */
@ApplicationScoped
public class MemberStateCatalog extends ReferenceCatalog<MemberState, MemberStateUpdate> {
    public MemberStateCatalog(MemberStateRepository states) {
        super(states, "Member state");
    }

    @Override
    protected MemberState newRow() {
        return new MemberState();
    }

    @Override
    protected void applyDetails(MemberState state, MemberStateUpdate details) {
        state.participation = details.participation();
        state.participationSince = details.participationSince();
    }
}
