package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.csto.dectrack.reference.ReferenceInputs.MemberStateUpdate;
import org.csto.dectrack.shared.problem.ProblemException;

/** The member states: participation is all they have beyond a code and names. */
@ApplicationScoped
public class MemberStateCatalog extends ReferenceCatalog<MemberState, MemberStateUpdate> {
    public MemberStateCatalog(MemberStateRepository states) {
        super(states, "Member state", MemberState::new, (state, details) -> {
            state.participation = details.participation();
            state.participationSince = details.participationSince();
            if (details.timeZone() != null) {
                state.timeZone = zone(details.timeZone());
            }
        }, MemberStateUpdate::of, MemberStateUpdate.class);
    }

    private static String zone(String id) {
        try {
            return ZoneId.of(id).getId();
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "state.timeZone");
        }
    }
}
