package org.csto.dectrack.implementation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.csto.dectrack.document.DocumentDependents;

/** Keeps a document that measures carry out from being deleted under them. */
@ApplicationScoped
public class MeasuresCarryingOut implements DocumentDependents {
    @Inject MeasureRepository measures;

    @Override
    public Optional<String> blockingDeletion(UUID documentId) {
        long count = measures.countOfDocument(documentId);
        return count == 0 ? Optional.empty() : Optional.of(count + " measure(s) carry it out");
    }
}
