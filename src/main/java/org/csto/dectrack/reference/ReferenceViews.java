package org.csto.dectrack.reference;

import java.time.LocalDate;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API answers about reference data. */
public final class ReferenceViews {
    private ReferenceViews() {
    }

    @Schema(name = "MemberState")
    public record MemberStateView(
            @Schema(example = "KZ") String code,
            Texts names,
            @Schema(description = "Name in the language the caller asked for", example = "Republic of Kazakhstan") String name,
            @Schema(example = "ACTIVE") Participation participation,
            @Schema(nullable = true, example = "1994-04-20") LocalDate participationSince,
            @Schema(nullable = true, description = "IANA time zone of the state's capital, where its reports are dated",
                    example = "Asia/Almaty") String timeZone) {
        static MemberStateView of(MemberState state, Lang lang) {
            return new MemberStateView(state.code, state.names.toTexts(), state.names.in(lang), state.participation,
                    state.participationSince, state.timeZone);
        }
    }

    @Schema(name = "Body")
    public record BodyView(
            @Schema(example = "CSC") String code,
            Texts names,
            @Schema(example = "Collective Security Council") String name,
            @Schema(example = "SUPREME_COUNCIL") BodyKind kind) {
        static BodyView of(Body body, Lang lang) {
            return new BodyView(body.code, body.names.toTexts(), body.names.in(lang), body.kind);
        }
    }

    @Schema(name = "Organization")
    public record OrganizationView(
            @Schema(example = "SCO") String code,
            Texts names,
            @Schema(example = "Shanghai Cooperation Organisation") String name) {
        static OrganizationView of(Organization organization, Lang lang) {
            return new OrganizationView(organization.code, organization.names.toTexts(), organization.names.in(lang));
        }
    }

    @Schema(name = "Chairmanship")
    public record ChairmanshipView(
            @Schema(example = "2024") int year,
            @Schema(example = "KZ") String state,
            @Schema(example = "2024-01-01") LocalDate from,
            @Schema(example = "2024-12-31") LocalDate to) {
        static ChairmanshipView of(Chairmanship chairmanship) {
            return new ChairmanshipView(chairmanship.year, chairmanship.state, chairmanship.startDate, chairmanship.endDate);
        }
    }
}
