package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csto.dectrack.reference.ReferenceViews.BodyView;
import org.csto.dectrack.reference.ReferenceViews.ChairmanshipView;
import org.csto.dectrack.reference.ReferenceViews.MemberStateView;
import org.csto.dectrack.reference.ReferenceViews.OrganizationView;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.history.StateSource;
import org.csto.dectrack.shared.history.VersionedState;
import org.csto.dectrack.shared.i18n.Lang;

/** The states of reference data for the change record: member states, bodies and chairmanships, as their views. */
public final class ReferenceStates {
    private ReferenceStates() {
    }

    @ApplicationScoped
    public static class MemberStates implements StateSource {
        @Inject MemberStateRepository repository;

        @Override
        public List<String> preexisting() {
            return repository.listAll().stream().map(s -> s.code).toList();
        }

        @Override
        public ResourceType type() {
            return ResourceType.MEMBER_STATE;
        }

        @Override
        public Optional<VersionedState> current(String code) {
            return repository.findByIdOptional(code)
                    .map(s -> new VersionedState(s.version, MemberStateView.of(s, Lang.RU), Set.of(), null));
        }
    }

    @ApplicationScoped
    public static class Bodies implements StateSource {
        @Inject BodyRepository repository;

        @Override
        public List<String> preexisting() {
            return repository.listAll().stream().map(b -> b.code).toList();
        }

        @Override
        public ResourceType type() {
            return ResourceType.BODY;
        }

        @Override
        public Optional<VersionedState> current(String code) {
            return repository.findByIdOptional(code).map(b -> new VersionedState(b.version, BodyView.of(b, Lang.RU), Set.of(), null));
        }
    }

    @ApplicationScoped
    public static class Organizations implements StateSource {
        @Inject OrganizationRepository repository;

        @Override
        public List<String> preexisting() {
            return repository.listAll().stream().map(o -> o.code).toList();
        }

        @Override
        public ResourceType type() {
            return ResourceType.ORGANIZATION;
        }

        @Override
        public Optional<VersionedState> current(String code) {
            return repository.findByIdOptional(code)
                    .map(o -> new VersionedState(o.version, OrganizationView.of(o, Lang.RU), Set.of(), null));
        }
    }

    @ApplicationScoped
    public static class Chairmanships implements StateSource {
        @Inject ChairmanshipRepository repository;

        @Override
        public List<String> preexisting() {
            return repository.listAll().stream().map(c -> Integer.toString(c.year)).toList();
        }

        @Override
        public ResourceType type() {
            return ResourceType.CHAIRMANSHIP;
        }

        @Override
        public Optional<VersionedState> current(String year) {
            return repository.findByIdOptional(Integer.valueOf(year))
                    .map(c -> new VersionedState(c.version, ChairmanshipView.of(c), Set.of(), null));
        }
    }
}
