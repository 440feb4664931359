package org.csto.dectrack.document;

import java.util.List;

/** Where a document stands in adoption; changes only along the allowed transitions. */
public enum AdoptionStatus {
    DRAFT, ADOPTED, RETURNED_FOR_REVISION, WITHDRAWN;

    public List<AdoptionStatus> allowedTargets() {
        return switch (this) {
            case DRAFT -> List.of(ADOPTED, RETURNED_FOR_REVISION, WITHDRAWN);
            case RETURNED_FOR_REVISION -> List.of(DRAFT);
            case ADOPTED, WITHDRAWN -> List.of();
        };
    }

    public boolean canBecome(AdoptionStatus target) {
        return allowedTargets().contains(target);
    }
}
