package org.csto.dectrack.implementation;

import java.util.Collection;

/** How a parent's progress and status follow from its children. */
public final class RollUp {
    private RollUp() {
    }

    public record Child(MeasureStatus status, double progress, int weight) {
    }

    public record Result(MeasureStatus status, double progress) {
    }

    /**
     * Progress is the weighted mean of the children's, cancelled children left out (two decimals). Status: all
     * cancelled → CANCELLED; all the others completed → COMPLETED; any in progress, or some completed and some not →
     * IN_PROGRESS; any suspended → SUSPENDED; otherwise PLANNED.
     */
    public static Result of(Collection<Child> children) {
        double weighted = 0;
        long weights = 0;
        int live = 0;
        int completed = 0;
        boolean inProgress = false;
        boolean suspended = false;
        for (Child child : children) {
            if (child.status() == MeasureStatus.CANCELLED) {
                continue;
            }
            live++;
            weighted += child.progress() * child.weight();
            weights += child.weight();
            switch (child.status()) {
                case COMPLETED -> completed++;
                case IN_PROGRESS -> inProgress = true;
                case SUSPENDED -> suspended = true;
                default -> { }
            }
        }
        if (live == 0) {
            return new Result(children.isEmpty() ? MeasureStatus.PLANNED : MeasureStatus.CANCELLED, 0);
        }
        double progress = weights == 0 ? 0 : Math.round(weighted / weights * 100.0) / 100.0;
        MeasureStatus status;
        if (completed == live) {
            status = MeasureStatus.COMPLETED;
            progress = 100;
        } else if (inProgress || completed > 0) {
            status = MeasureStatus.IN_PROGRESS;
        } else if (suspended) {
            status = MeasureStatus.SUSPENDED;
        } else {
            status = MeasureStatus.PLANNED;
        }
        return new Result(status, progress);
    }
}
