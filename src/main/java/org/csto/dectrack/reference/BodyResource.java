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
import org.csto.dectrack.reference.ReferenceViews.BodyUpdate;
import org.csto.dectrack.reference.ReferenceViews.BodyView;
import org.csto.dectrack.reference.ReferenceViews.NewBody;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies", description = "The councils and working bodies that meet and adopt documents")
public class BodyResource {
    private final ReferenceService service;

    public BodyResource(ReferenceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "List the bodies", description = "All bodies by code; Accept-Language picks `name`.")
    @APIResponse(responseCode = "200", description = "The bodies")
    public List<BodyView> list(@Context HttpHeaders headers) {
        Lang lang = Lang.from(headers);
        return service.bodies().stream().map(b -> BodyView.of(b, lang)).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Get a body", description = "One body by its code (CSC, CFM, CMD, CSSC, PC, PA, SEC, JS), with its ETag.")
    @APIResponse(responseCode = "200", description = "The body")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("code") String code, @Context HttpHeaders headers, @Context Request request) {
        Body body = service.body(code);
        return Etags.conditionalGet(request, body.version, BodyView.of(body, Lang.from(headers)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a body")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(NewBody input, @Context UriInfo uri, @Context HttpHeaders headers) {
        Body body = service.createBody(input);
        return Response.created(uri.getAbsolutePathBuilder().path(body.code).build())
                .tag(Etags.of(body.version)).entity(BodyView.of(body, Lang.from(headers))).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a body's names and kind", description = "Needs If-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "Updated")
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           BodyUpdate input, @Context HttpHeaders headers) {
        Body body = service.updateBody(code, ifMatch, input);
        return Response.ok(BodyView.of(body, Lang.from(headers))).tag(Etags.of(body.version)).build();
    }
}
