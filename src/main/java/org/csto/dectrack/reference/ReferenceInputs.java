package org.csto.dectrack.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.csto.dectrack.shared.i18n.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What callers send to create and replace reference data. */
public final class ReferenceInputs {
    private ReferenceInputs() {
    }

    /** Everything of a coded reference but its code: what a PUT replaces. */
    public interface Details {
        Texts names();
    }

    /** A new coded reference: its code and its details. */
    public interface NewReference<D extends Details> {
        String code();

        D details();
    }

    @Schema(name = "NewMemberState")
    public record NewMemberState(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{dectrack.stateCode}") @Schema(example = "UZ") String code,
            @NotNull @Valid Texts names,
            @NotNull Participation participation,
            @Schema(example = "2025-01-01") LocalDate participationSince,
            @Size(max = 40) @Schema(description = ZONE, example = "Asia/Tashkent") String timeZone) implements NewReference<MemberStateUpdate> {
        @Override
        public MemberStateUpdate details() {
            return new MemberStateUpdate(names, participation, participationSince, timeZone);
        }
    }

    @Schema(name = "MemberStateUpdate")
    public record MemberStateUpdate(
            @NotNull @Valid Texts names,
            @NotNull Participation participation,
            @Schema(example = "2024-02-01") LocalDate participationSince,
            @Size(max = 40) @Schema(description = ZONE + "; omitted, the current one stays", example = "Asia/Yerevan") String timeZone)
            implements Details {
        static MemberStateUpdate of(MemberState state) {
            return new MemberStateUpdate(state.names.toTexts(), state.participation, state.participationSince, state.timeZone);
        }
    }

    private static final String ZONE = "IANA time zone of the state's capital, where its reports are dated";

    @Schema(name = "NewBody")
    public record NewBody(
            @NotNull @Pattern(regexp = "[A-Z]{2,8}", message = "{dectrack.bodyCode}") @Schema(example = "CSSC") String code,
            @NotNull @Valid Texts names,
            @NotNull BodyKind kind) implements NewReference<BodyUpdate> {
        @Override
        public BodyUpdate details() {
            return new BodyUpdate(names, kind);
        }
    }

    @Schema(name = "BodyUpdate")
    public record BodyUpdate(@NotNull @Valid Texts names, @NotNull BodyKind kind) implements Details {
        static BodyUpdate of(Body body) {
            return new BodyUpdate(body.names.toTexts(), body.kind);
        }
    }

    @Schema(name = "NewOrganization")
    public record NewOrganization(
            @NotNull @Pattern(regexp = "[A-Z]{2,8}", message = "must be 2 to 8 capital letters") @Schema(example = "CSTO") String code,
            @NotNull @Valid Texts names) implements NewReference<OrganizationUpdate> {
        @Override
        public OrganizationUpdate details() {
            return new OrganizationUpdate(names);
        }
    }

    @Schema(name = "OrganizationUpdate")
    public record OrganizationUpdate(@NotNull @Valid Texts names) implements Details {
        static OrganizationUpdate of(Organization organization) {
            return new OrganizationUpdate(organization.names.toTexts());
        }
    }

    @Schema(name = "ChairmanshipInput")
    public record ChairmanshipInput(
            @NotNull @Schema(example = "KZ") String state,
            @NotNull @Schema(example = "2024-01-01") LocalDate from,
            @NotNull @Schema(example = "2024-12-31") LocalDate to) {
        static ChairmanshipInput of(Chairmanship term) {
            return new ChairmanshipInput(term.state, term.startDate, term.endDate);
        }
    }
}
