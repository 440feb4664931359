package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.csto.dectrack.reference.ReferenceViews.BodyUpdate;
import org.csto.dectrack.reference.ReferenceViews.ChairmanshipInput;
import org.csto.dectrack.reference.ReferenceViews.MemberStateUpdate;
import org.csto.dectrack.reference.ReferenceViews.NewBody;
import org.csto.dectrack.reference.ReferenceViews.NewMemberState;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.TimeSource;

/** Reads and writes of member states, bodies and chairmanships. */
@ApplicationScoped
public class ReferenceService {
    private final MemberStateRepository states;
    private final BodyRepository bodies;
    private final ChairmanshipRepository chairmanships;
    private final ReferenceData referenceData;
    private final TimeSource time;

    public ReferenceService(MemberStateRepository states, BodyRepository bodies, ChairmanshipRepository chairmanships,
                            ReferenceData referenceData, TimeSource time) {
        this.states = states;
        this.bodies = bodies;
        this.chairmanships = chairmanships;
        this.referenceData = referenceData;
        this.time = time;
    }

    public List<MemberState> states() {
        return states.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    public MemberState state(String code) {
        MemberState state = code == null ? null : states.findById(code.toUpperCase());
        if (state == null) {
            throw ProblemException.notFound("Member state", code);
        }
        return state;
    }

    @Transactional
    public MemberState createState(@NotNull @Valid NewMemberState input) {
        Texts.requireRussian("names", input.names());
        if (states.findById(input.code()) != null) {
            throw ProblemException.conflict("Member state " + input.code() + " already exists");
        }
        MemberState state = new MemberState();
        state.code = input.code();
        state.names = LocalizedText.of(input.names());
        state.participation = input.participation();
        state.participationSince = input.participationSince();
        states.persist(state);
        states.flush();
        return state;
    }

    @Transactional
    public MemberState updateState(String code, String ifMatch, @NotNull @Valid MemberStateUpdate input) {
        MemberState state = state(code);
        Etags.require(ifMatch, state.version);
        Texts.requireRussian("names", input.names());
        state.names = LocalizedText.of(input.names());
        state.participation = input.participation();
        state.participationSince = input.participationSince();
        states.flush();
        return state;
    }

    public List<Body> bodies() {
        return bodies.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    public Body body(String code) {
        Body body = code == null ? null : bodies.findById(code.toUpperCase());
        if (body == null) {
            throw ProblemException.notFound("Body", code);
        }
        return body;
    }

    @Transactional
    public Body createBody(@NotNull @Valid NewBody input) {
        Texts.requireRussian("names", input.names());
        if (bodies.findById(input.code()) != null) {
            throw ProblemException.conflict("Body " + input.code() + " already exists");
        }
        Body body = new Body();
        body.code = input.code();
        body.names = LocalizedText.of(input.names());
        body.kind = input.kind();
        bodies.persist(body);
        bodies.flush();
        return body;
    }

    @Transactional
    public Body updateBody(String code, String ifMatch, @NotNull @Valid BodyUpdate input) {
        Body body = body(code);
        Etags.require(ifMatch, body.version);
        Texts.requireRussian("names", input.names());
        body.names = LocalizedText.of(input.names());
        body.kind = input.kind();
        bodies.flush();
        return body;
    }

    public List<Chairmanship> chairmanships() {
        return chairmanships.listAll(io.quarkus.panache.common.Sort.by("year"));
    }

    public Chairmanship chairmanship(int year) {
        Chairmanship chairmanship = chairmanships.findById(year);
        if (chairmanship == null) {
            throw ProblemException.notFound("Chairmanship of", year);
        }
        return chairmanship;
    }

    public Chairmanship chairmanshipOn(LocalDate date) {
        return chairmanships.on(date)
                .orElseThrow(() -> ProblemException.notFound("Chairmanship on", date));
    }

    public Chairmanship currentChairmanship() {
        return chairmanshipOn(time.today());
    }

    @Transactional
    public Chairmanship createChairmanship(int year, @NotNull @Valid ChairmanshipInput input) {
        if (chairmanships.findById(year) != null) {
            throw ProblemException.conflict("The chairmanship of " + year + " already exists");
        }
        Chairmanship chairmanship = new Chairmanship();
        chairmanship.year = year;
        apply(chairmanship, input);
        chairmanships.persist(chairmanship);
        chairmanships.flush();
        return chairmanship;
    }

    @Transactional
    public Chairmanship updateChairmanship(int year, String ifMatch, @NotNull @Valid ChairmanshipInput input) {
        Chairmanship chairmanship = chairmanship(year);
        Etags.require(ifMatch, chairmanship.version);
        apply(chairmanship, input);
        chairmanships.flush();
        return chairmanship;
    }

    @Transactional
    public void deleteChairmanship(int year, String ifMatch) {
        Chairmanship chairmanship = chairmanship(year);
        Etags.require(ifMatch, chairmanship.version);
        chairmanships.delete(chairmanship);
        chairmanships.flush();
    }

    private void apply(Chairmanship chairmanship, ChairmanshipInput input) {
        if (input.to().isBefore(input.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        String state = referenceData.requireState("state", input.state());
        if (chairmanships.overlaps(input.from(), input.to(), chairmanship.year)) {
            throw ProblemException.conflict("The term " + input.from() + " to " + input.to()
                    + " overlaps another chairmanship");
        }
        chairmanship.state = state;
        chairmanship.startDate = input.from();
        chairmanship.endDate = input.to();
    }
}
