package org.csto.dectrack.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.csto.dectrack.reference.ReferenceInputs.ChairmanshipInput;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.persistence.Upserted;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.TimeSource;

/** Terms in the chair, by year: they never overlap. */
@ApplicationScoped
public class ChairmanshipService {
    @Inject ChairmanshipRepository chairmanships;
    @Inject ReferenceData referenceData;
    @Inject TimeSource time;
    @Inject MergePatch patches;

    public List<Chairmanship> all() {
        return chairmanships.listAll(Sort.by("year"));
    }

    public Chairmanship of(int year) {
        return ProblemException.requireFound(chairmanships.findById(year), "Chairmanship of",
                ResourceKey.of(ResourceType.CHAIRMANSHIP, year));
    }

    /** The term covering the date, if any. */
    public Optional<Chairmanship> on(LocalDate date) {
        return chairmanships.on(date);
    }

    public Chairmanship requireOn(LocalDate date) {
        return ProblemException.requireFound(on(date).orElse(null), "Chairmanship on", date);
    }

    public Chairmanship current() {
        return requireOn(time.today());
    }

    /** Creates the year's term when it has none (no If-Match), or replaces it (If-Match with its ETag). */
    @Transactional
    public Upserted<Chairmanship> put(int year, String ifMatch, @NotNull @Valid ChairmanshipInput input) {
        Chairmanship chairmanship = chairmanships.findById(year);
        Etags.requireForUpsert(ifMatch, chairmanship == null ? null : chairmanship.version);
        boolean created = chairmanship == null;
        if (created) {
            chairmanship = new Chairmanship();
            chairmanship.year = year;
        }
        apply(chairmanship, input);
        if (created) {
            chairmanships.persist(chairmanship);
        }
        chairmanships.flush();
        return new Upserted<>(chairmanship, created);
    }

    /** A JSON merge patch of an existing term ({@link MergePatch}; 404 when the year has none), then the rules of {@link #put}. */
    @Transactional
    public Chairmanship patch(int year, String ifMatch, JsonNode patch) {
        Chairmanship chairmanship = of(year);
        Etags.require(ifMatch, chairmanship.version);
        return put(year, ifMatch, patches.apply(ChairmanshipInput.of(chairmanship), patch, ChairmanshipInput.class)).value();
    }

    @Transactional
    public void delete(int year, String ifMatch) {
        Chairmanship chairmanship = of(year);
        Etags.require(ifMatch, chairmanship.version);
        chairmanships.delete(chairmanship);
        chairmanships.flush();
    }

    private void apply(Chairmanship chairmanship, ChairmanshipInput input) {
        if (input.to().isBefore(input.from())) {
            throw ProblemException.invalidField("to", "notBefore", "from");
        }
        String state = referenceData.requireState("state", input.state());
        if (chairmanships.overlaps(input.from(), input.to(), chairmanship.year)) {
            throw ProblemException.conflict("chairmanship.overlap", input.from(), input.to());
        }
        chairmanship.state = state;
        chairmanship.startDate = input.from();
        chairmanship.endDate = input.to();
    }
}
