package org.csto.dectrack.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.csto.dectrack.reference.ReferenceViews.MemberStateUpdate;
import org.csto.dectrack.reference.ReferenceViews.MemberStateView;
import org.csto.dectrack.reference.ReferenceViews.NewMemberState;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/member-states")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Member states", description = "The Organization's member states and their participation")
public class MemberStateResource {
    private final ReferenceService service;

    public MemberStateResource(ReferenceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "List the member states", description = "All member states by code; Accept-Language picks `name`.")
    @APIResponse(responseCode = "200", description = "The member states")
    public List<MemberStateView> list(@Context HttpHeaders headers) {
        Lang lang = Lang.from(headers);
        return service.states().stream().map(s -> MemberStateView.of(s, lang)).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Get a member state", description = "One member state by its ISO 3166 alpha-2 code, with its ETag.")
    @APIResponse(responseCode = "200", description = "The member state")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("code") String code, @Context HttpHeaders headers, @Context Request request) {
        MemberState state = service.state(code);
        return Etags.conditionalGet(request, state.version, MemberStateView.of(state, Lang.from(headers)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a member state")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(NewMemberState input, @Context UriInfo uri, @Context HttpHeaders headers) {
        MemberState state = service.createState(input);
        return Response.created(uri.getAbsolutePathBuilder().path(state.code).build())
                .tag(Etags.of(state.version)).entity(MemberStateView.of(state, Lang.from(headers))).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a member state's names and participation", description = "Needs If-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "Updated")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           MemberStateUpdate input, @Context HttpHeaders headers) {
        MemberState state = service.updateState(code, ifMatch, input);
        return Response.ok(MemberStateView.of(state, Lang.from(headers))).tag(Etags.of(state.version)).build();
    }
}
