package org.csto.dectrack.shared.problem;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.csto.dectrack.shared.i18n.Lang;

/**
 * The problems of a write of many rows at once (a table of positions, a session's outcome), gathered row by row so
 * that one answer names every failing row: each field is prefixed with its row's name ({@code positions[KZ].date},
 * {@code documents[1].titles.ru}). A problem a row's rule raises that is not about a field (a conflict) is named after
 * the field it concerns. Nothing is written unless there is none ({@link #throwIfAny}).
 */
public final class RowProblems {
    private final List<ProblemException.FieldText> violations = new ArrayList<>();

    /** A problem of a field: {@code message} is a key of the problem bundles or, failing that, the text itself. */
    public void add(String field, String message) {
        add(field, new ProblemText(message));
    }

    private void add(String field, ProblemText message) {
        violations.add(new ProblemException.FieldText(field, message));
    }

    /** The Bean Validation violations of one row's input. */
    public void validated(String row, Set<? extends ConstraintViolation<?>> found) {
        for (ConstraintViolation<?> violation : found) {
            add(row + "." + ProblemMappers.fieldOf(violation.getPropertyPath()), violation.getMessage());
        }
    }

    /**
     * Runs one row's rule; a problem it raises is kept under the row's name instead of ending the request.
     *
     * @param field the field a problem without fields of its own (a conflict) concerns
     */
    public void check(String row, String field, Runnable rule) {
        checkNamed(row, row + "." + field, rule);
    }

    /**
     * As {@link #check(String, String, Runnable)}, with the name of the field a conflict concerns given whole.
     *
     * @param prefix what the fields of a validation problem are named under
     * @param conflictField the whole name of the field a problem without fields of its own concerns
     */
    public void checkNamed(String prefix, String conflictField, Runnable rule) {
        try {
            rule.run();
        } catch (ProblemException e) {
            if (e.violations().isEmpty()) {
                add(conflictField, e.getMessage());
            } else {
                e.violations().forEach(v -> add(prefix + "." + v.field(), v.message()));
            }
        }
    }

    /** Whether a problem names {@code row} or a field of it. */
    public boolean hasRow(String row) {
        return violations.stream().anyMatch(v -> v.field().equals(row) || v.field().startsWith(row + ".")
                || v.field().startsWith(row + "["));
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    /** A 400 listing every problem gathered, in field order; nothing when there is none. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            List<ProblemException.FieldText> sorted = new ArrayList<>(violations);
            sorted.sort(Comparator.comparing(ProblemException.FieldText::field)
                    .thenComparing(v -> v.message().in(Lang.EN)));
            throw ProblemException.invalidFields(sorted);
        }
    }
}
