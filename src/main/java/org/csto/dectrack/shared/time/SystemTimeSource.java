package org.csto.dectrack.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The system clock in UTC, or a fixed date when {@code dectrack.clock.fixed-date} is set. */
@ApplicationScoped
public class SystemTimeSource implements TimeSource {
    private final Clock clock = Clock.systemUTC();
    private final Optional<LocalDate> fixedDate;

    public SystemTimeSource(@ConfigProperty(name = "dectrack.clock.fixed-date") Optional<LocalDate> fixedDate) {
        this.fixedDate = fixedDate;
    }

    @Override
    public Instant now() {
        // microseconds, as the databases store them: the instant a write returns is the one a later read finds
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public LocalDate today() {
        return fixedDate.orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }
}
