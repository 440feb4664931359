package org.csto.dectrack.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import org.csto.dectrack.reference.ReferenceInputs.MemberStateUpdate;
import org.csto.dectrack.reference.ReferenceInputs.NewMemberState;
import org.csto.dectrack.reference.ReferenceViews.MemberStateView;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
@Path("/api/v1/member-states")
@Tag(name = "Member states", description = "The Organization's member states (ISO 3166 alpha-2 codes) and their participation")
public class MemberStateResource extends ReferenceResource<MemberState, MemberStateView, MemberStateUpdate, NewMemberState> {
    public MemberStateResource(MemberStateCatalog states) {
        super(states);
    }

    @Override
    protected MemberStateView view(MemberState state, Lang lang) {
        return MemberStateView.of(state, lang);
    }
}
