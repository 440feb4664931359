package org.csto.dectrack.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.reference.ReferenceViews.ChairmanshipInput;
import org.csto.dectrack.reference.ReferenceViews.ChairmanshipView;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.paging.Params;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/chairmanships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chairmanships", description = "Which member state chairs the Organization, and when")
public class ChairmanshipResource {
    private final ReferenceService service;

    public ChairmanshipResource(ReferenceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "List the chairmanships, or find the one on a date",
            description = "All terms by year; with `on`, only the term covering that date (empty when none).")
    @APIResponse(responseCode = "200", description = "The chairmanships")
    public List<ChairmanshipView> list(
            @Parameter(description = "A date (YYYY-MM-DD): only the term covering it", example = "2024-11-28")
            @QueryParam("on") String on) {
        LocalDate date = Params.date("on", on);
        if (date != null) {
            try {
                return List.of(ChairmanshipView.of(service.chairmanshipOn(date)));
            } catch (ProblemException none) {
                return List.of();
            }
        }
        return service.chairmanships().stream().map(ChairmanshipView::of).toList();
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Get the current chairmanship", description = "The term covering today's date (UTC).")
    @APIResponse(responseCode = "200", description = "The current chairmanship")
    public Response current(@Context Request request) {
        Chairmanship chairmanship = service.currentChairmanship();
        return Etags.conditionalGet(request, chairmanship.version, ChairmanshipView.of(chairmanship));
    }

    @GET
    @Path("/on/{date}")
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Get the chairmanship on a date", description = "Which member state chaired on the given date.")
    @APIResponse(responseCode = "200", description = "The chairmanship covering the date")
    public Response on(@Parameter(example = "2024-11-28") @PathParam("date") String date, @Context Request request) {
        Chairmanship chairmanship = service.chairmanshipOn(Params.date("date", date));
        return Etags.conditionalGet(request, chairmanship.version, ChairmanshipView.of(chairmanship));
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.READER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Get the chairmanship of a year")
    @APIResponse(responseCode = "200", description = "The chairmanship")
    public Response get(@Parameter(example = "2024") @PathParam("year") String year, @Context Request request) {
        Chairmanship chairmanship = service.chairmanship(year(year));
        return Etags.conditionalGet(request, chairmanship.version, ChairmanshipView.of(chairmanship));
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or replace the chairmanship of a year",
            description = "Creates the term when the year has none (201, no If-Match); replacing one needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "201", description = "Created")
    public Response put(@PathParam("year") String year, @HeaderParam("If-Match") String ifMatch,
                        ChairmanshipInput input, @Context UriInfo uri) {
        int y = year(year);
        boolean exists;
        try {
            service.chairmanship(y);
            exists = true;
        } catch (ProblemException notFound) {
            exists = false;
        }
        if (!exists && ifMatch == null) {
            Chairmanship created = service.createChairmanship(y, input);
            return Response.created(uri.getAbsolutePath()).tag(Etags.of(created.version))
                    .entity(ChairmanshipView.of(created)).build();
        }
        Chairmanship updated = service.updateChairmanship(y, ifMatch, input);
        return Response.ok(ChairmanshipView.of(updated)).tag(Etags.of(updated.version)).build();
    }

    @DELETE
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete the chairmanship of a year", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("year") String year, @HeaderParam("If-Match") String ifMatch) {
        service.deleteChairmanship(year(year), ifMatch);
        return Response.noContent().build();
    }

    private static int year(String year) {
        return Params.integer("year", year, 0, 1992, 2200);
    }
}
