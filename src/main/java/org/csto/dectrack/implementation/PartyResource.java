package org.csto.dectrack.implementation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.implementation.MeasureQueries.MeasureQuery;
import org.csto.dectrack.implementation.MeasureViews.MeasureView;
import org.csto.dectrack.shared.http.RequestParameters;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.Links;
import org.csto.dectrack.shared.paging.PageParameters;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.PageView;
import org.csto.dectrack.shared.security.Roles;
import org.csto.dectrack.shared.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The responsible parties' view: each one's workload, and the open measures a state or body leads. */
@Path("/api/v1/parties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Implementation")
public class PartyResource {
    @Inject MeasureQueries measures;
    @Inject TimeSource time;
    @Inject PartyWorkload workload;

    @GET
    @Operation(operationId = "listPartyWorkloads", summary = "Every party's workload",
            description = "One row per member state, then per body: the measures it leads and those it contributes to that "
                    + "are open, overdue, at risk, due within 30 days and completed this year, on the Organization's today. "
                    + "Each figure carries `list`, the measure list it is the total of.")
    @APIResponse(responseCode = "200", description = "Every party, states first, by code")
    public List<PartyWorkload.PartyView> parties(@Context HttpHeaders headers) {
        return workload.all(Lang.from(headers));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPartyWorkload", summary = "A party's workload", description = "As in the list; 404 for an unknown code.")
    @APIResponse(responseCode = "200", description = "The party's figures")
    public PartyWorkload.PartyView party(
            @Parameter(example = "TJ", schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                    maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("code") String code, @Context HttpHeaders headers) {
        return workload.of(RequestParameters.code("code", code), Lang.from(headers));
    }

    @GET
    @Path("/{code}/measures")
    @Operation(operationId = "listOpenMeasuresOfParty", summary = "Open measures a state or body leads",
            description = "PLANNED, IN_PROGRESS and SUSPENDED measures "
            + "led by the party (404 for an unknown code), soonest due first (`sort` keys: dueDate, progress, reference).")
    @APIResponse(responseCode = "200", description = "A page of measures")
    public RestResponse<PageView<MeasureView>> openMeasures(
            @Parameter(example = "TJ",
                    schema = @Schema(type = SchemaType.STRING, pattern = RequestParameters.CODE_PATTERN,
                            maxLength = RequestParameters.CODE_LENGTH))
            @PathParam("code") String code,
                                 @BeanParam PageParameters paging,
                                 @Context UriInfo uri, @Context HttpHeaders headers) {
        String party = RequestParameters.code("code", code);
        PageRequest request = paging.request(MeasureQueries.SORTING);
        Lang lang = Lang.from(headers);
        LocalDate today = time.today();
        PageView<MeasureView> page = measures.list(MeasureQuery.openLedBy(party), request).map(m -> MeasureView.of(m, lang, today));
        if (page.totalItems() == 0) {
            workload.require(party); // a party that leads anything exists: only an empty page is checked
        }
        return Links.page(uri, page);
    }
}
