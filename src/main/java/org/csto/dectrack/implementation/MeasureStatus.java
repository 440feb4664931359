package org.csto.dectrack.implementation;

import java.util.List;

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
}
