package org.csto.dectrack.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The system clock, with days in the Organization's time zone ({@code dectrack.organization.time-zone}, Europe/Moscow
 * by default), or a fixed date when {@code dectrack.clock.fixed-date} is set.
 */
@ApplicationScoped
public class SystemTimeSource implements TimeSource {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private final Clock clock;
    private final ZoneId zone;
    private final Optional<LocalDate> fixedDate;

    @Inject
    public SystemTimeSource(@ConfigProperty(name = "dectrack.organization.time-zone", defaultValue = "Europe/Moscow") ZoneId zone,
                            @ConfigProperty(name = "dectrack.clock.fixed-date") Optional<LocalDate> fixedDate) {
        this(Clock.systemUTC(), zone, fixedDate);
    }

    /** A time source on the given clock: tests fix the instant (say 20:30 UTC) to check which day each rule sees. */
    public SystemTimeSource(Clock clock, ZoneId zone, Optional<LocalDate> fixedDate) {
        this.clock = clock;
        this.zone = zone;
        this.fixedDate = fixedDate;
    }

    @Override
    public Instant now() {
        // microseconds, as the databases store them: the instant a write returns is the one a later read finds
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public LocalDate today() {
        return todayIn(zone);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public LocalDate todayIn(ZoneId other) {
        return fixedDate.orElseGet(() -> LocalDate.ofInstant(clock.instant(), other));
    }
}
