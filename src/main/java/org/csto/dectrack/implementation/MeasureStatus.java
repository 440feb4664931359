package org.csto.dectrack.implementation;

import java.util.List;
import java.util.stream.Collectors;

/** Where a measure stands; leaves change only along the allowed transitions, parents follow their children. */
public enum MeasureStatus {
    PLANNED, IN_PROGRESS, SUSPENDED, COMPLETED, CANCELLED;

    public List<MeasureStatus> allowedTargets() {
        return switch (this) {
            case PLANNED -> List.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> List.of(COMPLETED, SUSPENDED, CANCELLED);
            case SUSPENDED -> List.of(IN_PROGRESS, CANCELLED);
            case COMPLETED -> List.of(IN_PROGRESS);
            case CANCELLED -> List.of();
        };
    }

    public boolean canBecome(MeasureStatus target) {
        return allowedTargets().contains(target);
    }

    /** Still to be carried out: can be late or at risk. */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }

    public static final List<MeasureStatus> OPEN = List.of(PLANNED, IN_PROGRESS, SUSPENDED);
    /**
     * {@link #OPEN} as an HQL list of literals, e.g. for {@code m.status in ...}: with a list parameter instead, Hibernate
     * would translate the query to SQL again on every execution (the number of placeholders varies with the list).
     */
    public static final String OPEN_IN_HQL = OPEN.stream().map(s -> MeasureStatus.class.getName() + "." + s.name())
            .collect(Collectors.joining(", ", "(", ")"));
}
