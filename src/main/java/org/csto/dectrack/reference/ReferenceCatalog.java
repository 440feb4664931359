package org.csto.dectrack.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.csto.dectrack.reference.ReferenceInputs.Details;
import org.csto.dectrack.reference.ReferenceInputs.NewReference;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.http.MergePatch;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Texts;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemText;

/**
 * Reads and writes of one kind of coded reference data (member states, bodies): listed by code, found by code in any
 * case, created once per code, replaced under If-Match; a Russian name is required.
 */
public abstract class ReferenceCatalog<E extends CodedReference, D extends Details> {
    private final PanacheRepositoryBase<E, String> repository;
    private final String noun;
    private final Supplier<E> newRow;
    private final BiConsumer<E, D> applyDetails;
    private final Function<E, D> detailsOf;
    private final Class<D> detailsType;
    @Inject MergePatch patches;

    /** For the container's client proxy only. */
    protected ReferenceCatalog() {
        this(null, null, null, null, null, null);
    }

    /**
     * @param noun what one row is called in messages ("Member state")
     * @param newRow a new, empty row of this kind
     * @param applyDetails copies the details other than the names onto a row
     * @param detailsOf a row's details as a PUT that changes nothing would send them (what a merge patch applies to)
     * @param detailsType the type of the details
     */
    protected ReferenceCatalog(PanacheRepositoryBase<E, String> repository, String noun, Supplier<E> newRow,
                               BiConsumer<E, D> applyDetails, Function<E, D> detailsOf, Class<D> detailsType) {
        this.repository = repository;
        this.noun = noun;
        this.newRow = newRow;
        this.applyDetails = applyDetails;
        this.detailsOf = detailsOf;
        this.detailsType = detailsType;
    }

    public List<E> all() {
        return repository.listAll(Sort.by("code"));
    }

    public E get(String code) {
        return ProblemException.requireFound(code == null ? null : repository.findById(code.toUpperCase()), noun, code);
    }

    @Transactional
    public E create(@NotNull @Valid NewReference<D> input) {
        D details = input.details();
        Texts.requireRussian("names", details.names());
        if (repository.findById(input.code()) != null) {
            throw ProblemException.conflict("reference.exists", new ProblemText("noun." + noun.replace(' ', '-')).knownOr(noun), input.code());
        }
        E row = newRow.get();
        row.code = input.code();
        apply(row, details);
        repository.persist(row);
        repository.flush();
        return row;
    }

    @Transactional
    public E replace(String code, String ifMatch, @NotNull @Valid D details) {
        E row = get(code);
        Etags.require(ifMatch, row.version);
        Texts.requireRussian("names", details.names());
        apply(row, details);
        repository.flush();
        return row;
    }

    /** A JSON merge patch of the row's details ({@link MergePatch}), then the rules of {@link #replace}. */
    @Transactional
    public E patch(String code, String ifMatch, JsonNode patch) {
        E row = get(code);
        Etags.require(ifMatch, row.version);
        return replace(code, ifMatch, patches.apply(detailsOf.apply(row), patch, detailsType));
    }

    private void apply(E row, D details) {
        row.names = LocalizedText.of(details.names());
        applyDetails.accept(row, details);
    }
}
