package org.csto.dectrack.document;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.csto.dectrack.document.DocumentInputs.DocumentInput;
import org.csto.dectrack.document.DocumentInputs.TransitionInput;
import org.csto.dectrack.document.DocumentQueries.DocumentQuery;
import org.csto.dectrack.document.DocumentViews.DocumentSummary;
import org.csto.dectrack.document.DocumentViews.DocumentView;
import org.csto.dectrack.document.DocumentViews.TransitionView;
import org.csto.dectrack.shared.csv.Csv;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.http.Responses;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.openapi.CsvContent;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.problem.Problems;
import org.csto.dectrack.shared.security.Roles;
import org.csto.dectrack.shared.time.AsOf;
import org.csto.dectrack.shared.time.AsOfParameters;
import org.csto.dectrack.shared.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Documents", description = "Documents adopted or considered by the bodies, their legal force and adoption")
public class DocumentResource {
    @Inject DocumentService service;
    @Inject DocumentQueries queries;
    @Inject AdoptionService adoption;
    @Inject DocumentAssembler assembler;
    @Inject TimeSource time;
    @Inject DocumentAsOf history;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Extension(name = CsvContent.COLUMNS, value = DocumentSummary.CSV_HEADER)
    @Operation(operationId = "listDocuments", summary = "List and search documents",
            description = "`q` searches reference, titles and summaries in Russian and English, ignoring case. "
                    + "Newest adoption first unless `sort` says otherwise (keys: adoptedOn, reference, type); the Link header "
                    + "gives the other pages. With `asOf`, the documents considered by that day, with positions and legal force as of "
                    + "it; with `recordedAsOf`, the list as the service held it then (read from the change record: slower).")
    @APIResponse(responseCode = "200", description = "A page of documents")
    public RestResponse<PageView<DocumentSummary>> list(
            @Parameter(description = "Words to find, e.g. border or границ", example = "border",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("q") String q,
            @Parameter(description = "Document type", example = "DECISION", schema = @Schema(implementation = DocumentType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Body code", example = "CSC",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("body") String body,
            @Parameter(description = "Session id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("session") String session,
            @Parameter(description = "Year adopted (or considered)", example = "2024",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2200"))
            @QueryParam("year") String year,
            @Parameter(description = "DRAFT, ADOPTED, RETURNED_FOR_REVISION or WITHDRAWN",
                    schema = @Schema(implementation = AdoptionStatus.class))
            @QueryParam("adoptionStatus") String adoptionStatus,
            @Parameter(description = "Legal force today", example = "IN_FORCE",
                    schema = @Schema(implementation = LegalForce.class))
            @QueryParam("legalForce") String legalForce,
            @Parameter(description = "Tag", example = "border", schema = @Schema(type = SchemaType.STRING, maxLength = 60))
            @QueryParam("tag") String tag,
            @Parameter(description = "Signed (or joined) by this state", example = "KZ",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("signedBy") String signedBy,
            @Parameter(description = "Not signed by this state", example = "AM",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @QueryParam("notSignedBy") String notSignedBy,
            @Parameter(description = "Year the document entered into force (its general entry into force)", example = "2025",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2200"))
            @QueryParam("entryIntoForceYear") String entryIntoForceYear,
            @BeanParam PageParameters paging, @BeanParam AsOfParameters asOf,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        DocumentQuery query = new DocumentQuery(RequestParameters.text("q", q, 200),
                RequestParameters.enumValue("type", type, DocumentType.class), RequestParameters.code("body", body), RequestParameters.uuid("session", session),
                RequestParameters.optionalInteger("year", year, 1900, 2200),
                RequestParameters.enumValue("adoptionStatus", adoptionStatus, AdoptionStatus.class),
                RequestParameters.enumValue("legalForce", legalForce, LegalForce.class),
                RequestParameters.text("tag", tag, 60),
                RequestParameters.code("signedBy", signedBy), RequestParameters.code("notSignedBy", notSignedBy),
                RequestParameters.optionalInteger("entryIntoForceYear", entryIntoForceYear, 1900, 2200));
        PageRequest request = paging.request(DocumentQueries.SORTING);
        return Links.page(uri, queries.summaries(query, request, asOf.resolve(time.today()), Lang.from(headers)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Get a document",
            description = "With every member state's position, ratification and relations "
            + "(incoming ones under their inverse names); ETag for If-Match. With `asOf` and `recordedAsOf`, the document "
            + "as of that day or as recorded then (no ETag: a past answer is not a version to change).")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @BeanParam AsOfParameters asOf, @Context HttpHeaders headers,
                        @Context Request request) {
        AsOf at = asOf.resolve(time.today());
        if (at.historical(time.today())) {
            return Response.ok(history.view(id, at, Lang.from(headers))).build();
        }
        Document document = service.getForView(id);
        DocumentView view = assembler.view(document, Lang.from(headers));
        return Etags.conditionalGet(request, view.etag(document.version), view);
    }

    @GET
    @Path("/by-reference/{reference}")
    @Operation(operationId = "getDocumentByReference", summary = "Get a document by its reference",
            description = "The same representation and ETag as `getDocument`, found by the reference printed on the document.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response byReference(
            @Parameter(example = "CSC-2024-02", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            @PathParam("reference") String reference,
                                @Context HttpHeaders headers, @Context Request request) {
        Document document = service.byReference(reference);
        DocumentView view = assembler.view(document, Lang.from(headers));
        return Etags.conditionalGet(request, view.etag(document.version), view);
    }

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "createDocument", summary = "Record a document",
            description = "The reference is generated (BODY-YEAR-NN) when omitted.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response create(DocumentInput input, @Context UriInfo uri, @Context HttpHeaders headers) {
        Document document = service.get(service.create(input).id);
        DocumentView view = assembler.view(document, Lang.from(headers));
        return Responses.created(uri, document.id, view.etag(document.version), view);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "replaceDocument", summary = "Replace a document",
            description = "Every field but the reference and the adoption status "
            + "(use transitions); needs If-Match.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, DocumentInput input,
                            @Context HttpHeaders headers) {
        service.replace(id, ifMatch, input);
        return current(id, headers);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "patchDocument", summary = "Change some fields of a document", description = MergePatch.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            example = "{\"titles\": {\"en\": \"Declaration of the Collective Security Council\"}, \"notes\": null}"))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch,
                          @Context HttpHeaders headers) {
        service.patch(id, ifMatch, patch);
        return current(id, headers);
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problems.PROBLEM_JSON})
    @Path("/{id}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "deleteDocument", summary = "Delete a document",
            description = "With its positions, ratifications and relations; "
            + "409 while measures carry it out. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(operationId = "changeAdoptionStatus", summary = "Change a document's adoption status",
            description = "DRAFT → ADOPTED | RETURNED_FOR_REVISION | WITHDRAWN; RETURNED_FOR_REVISION → DRAFT. ADOPTED needs "
                    + "an adoption date and no OBJECTED position. Any other move is a 409 listing the allowed targets. "
                    + "If-Match is optional.")
    @APIResponse(responseCode = "200", description = "The document in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionInput input,
                               @Context HttpHeaders headers) {
        adoption.transition(id, ifMatch, input);
        return current(id, headers);
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "listTransitions", summary = "List a document's status changes",
            description = "Oldest first, with who and why.")
    @APIResponse(responseCode = "200", description = "The transitions")
    public List<TransitionView> transitions(@PathParam("id") UUID id) {
        return adoption.transitionsOf(id).stream().map(TransitionView::of).toList();
    }

    /** 200 with the document as it is after a write, read afresh, and its ETag. */
    private Response current(UUID id, HttpHeaders headers) {
        Document document = service.get(id);
        DocumentView view = assembler.view(document, Lang.from(headers));
        return Responses.ok(view.etag(document.version), view);
    }

}
