package org.csto.dectrack.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.function.BiFunction;
import org.csto.dectrack.reference.ReferenceInputs.Details;
import org.csto.dectrack.reference.ReferenceInputs.NewReference;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.openapi.SecuritySchemes;
import org.csto.dectrack.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The HTTP face of one kind of coded reference data: list, get by code, add, replace. Everyone reads; only
 * {@code admin} writes. The OpenAPI scanner reads no roles from inherited methods, so each method also names its
 * security requirement.
 *
 * @param <E> the entity
 * @param <V> its view
 * @param <D> its details (the body of a PUT)
 * @param <N> a new one (the body of a POST)
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public abstract class ReferenceResource<E extends CodedReference, V, D extends Details, N extends NewReference<D>> {
    private final ReferenceCatalog<E, D> catalog;
    private final BiFunction<E, Lang, V> view;

    /**
     * @param catalog the reads and writes of this kind
     * @param view the API view of one row in the caller's language
     */
    protected ReferenceResource(ReferenceCatalog<E, D> catalog, BiFunction<E, Lang, V> view) {
        this.catalog = catalog;
        this.view = view;
    }

    @GET
    @SecurityRequirement(name = SecuritySchemes.BASIC, scopes = Roles.READER)
    @Operation(summary = "List all, by code", description = "Accept-Language picks `name`.")
    @APIResponse(responseCode = "200", description = "All, by code")
    public List<V> list(@Context HttpHeaders headers) {
        Lang lang = Lang.from(headers);
        return catalog.all().stream().map(row -> view.apply(row, lang)).toList();
    }

    @GET
    @Path("/{code}")
    @SecurityRequirement(name = SecuritySchemes.BASIC, scopes = Roles.READER)
    @Operation(summary = "Get one by its code", description = "With its ETag.")
    @APIResponse(responseCode = "200", description = "Found")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @Parameter(description = "The code, in any case: KZ for a member state, CSC for a body",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("code") String code, @Context HttpHeaders headers,
                        @Context Request request) {
        E row = catalog.get(code);
        return Etags.conditionalGet(request, row.version, view.apply(row, Lang.from(headers)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = SecuritySchemes.BASIC, scopes = Roles.ADMIN)
    @Operation(summary = "Add one", description = "The code is given once and never changes.")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(N input, @Context UriInfo uri, @Context HttpHeaders headers) {
        E row = catalog.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(row.code).build())
                .tag(Etags.of(row.version)).entity(view.apply(row, Lang.from(headers))).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = SecuritySchemes.BASIC, scopes = Roles.ADMIN)
    @Operation(summary = "Replace all but the code", description = "Needs If-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "Updated")
    public Response update(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                    maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, D input,
                           @Context HttpHeaders headers) {
        E row = catalog.replace(code, ifMatch, input);
        return Response.ok(view.apply(row, Lang.from(headers))).tag(Etags.of(row.version)).build();
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = SecuritySchemes.BASIC, scopes = Roles.ADMIN)
    @Operation(summary = "Change some fields", description = MergePatch.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            example = "{\"names\": {\"en\": \"Republic of Kazakhstan\"}}"))
    @APIResponse(responseCode = "200", description = "Updated")
    public Response patch(
            @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                    maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, JsonNode patch,
                          @Context HttpHeaders headers) {
        E row = catalog.patch(code, ifMatch, patch);
        return Response.ok(view.apply(row, Lang.from(headers))).tag(Etags.of(row.version)).build();
    }
}
