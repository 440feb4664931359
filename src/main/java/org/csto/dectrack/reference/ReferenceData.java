package org.csto.dectrack.reference;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.time.TimeSource;

/** Checks codes of states, bodies and parties for other features; unknown codes name the field. */
@ApplicationScoped
public class ReferenceData {
    @Inject MemberStateRepository states;
    @Inject BodyRepository bodies;
    @Inject ChairmanshipRepository chairmanships;
    @Inject OrganizationRepository organizations;
    @Inject TimeSource time;

    /**
     * The latest date a report may carry: today in the easternmost member state's capital (Bishkek, UTC+6, with the
     * reference data as shipped), and never before the Organization's today. A state is as far east as its capital.
     */
    public LocalDate latestReportDate() {
        LocalDate latest = time.today();
        for (String zone : states.timeZones()) {
            LocalDate there = time.todayIn(ZoneId.of(zone));
            if (there.isAfter(latest)) {
                latest = there;
            }
        }
        return latest;
    }

    public String requireState(String field, String code) {
        if (code == null || states.findById(code) == null) {
            throw ProblemException.invalidField(field, "state.unknown", code);
        }
        return code;
    }

    public void requireStates(String field, Collection<String> codes) {
        int i = 0;
        for (String code : codes) {
            requireState(field + "[" + i++ + "]", code);
        }
    }

    public void requireOrganizations(String field, Collection<String> codes) {
        int i = 0;
        for (String code : codes) {
            if (code == null || organizations.findById(code) == null) {
                throw ProblemException.invalidField(field + "[" + i + "]", "organization.unknown", code);
            }
            i++;
        }
    }

    public String requireBody(String field, String code) {
        if (code == null || bodies.findById(code) == null) {
            throw ProblemException.invalidField(field, "body.unknown", code);
        }
        return code;
    }

    /** A party is a body or a member state: whoever leads, contributes to or reports on a measure. */
    public String requireParty(String field, String code) {
        if (code == null || (states.findById(code) == null && bodies.findById(code) == null)) {
            throw ProblemException.invalidField(field, "party.unknown", code);
        }
        return code;
    }

    /** A member state or a body: who leads or contributes to measures. */
    public record Party(String code, boolean state, LocalizedText names) {
    }

    /** Every member state, then every body, each by code. */
    public List<Party> parties() {
        List<Party> parties = new ArrayList<>();
        states.listAll(Sort.by("code")).forEach(s -> parties.add(new Party(s.code, true, s.names)));
        bodies.listAll(Sort.by("code")).forEach(b -> parties.add(new Party(b.code, false, b.names)));
        return parties;
    }

    public boolean isState(String code) {
        return code != null && states.findById(code) != null;
    }

    /** The chairmanship of a year, if decided. */
    public Optional<Chairmanship> chairmanship(int year) {
        return chairmanships.findByIdOptional(year);
    }

    /** The names of every member state, body and partner organisation, by code. */
    public Map<String, LocalizedText> names() {
        Map<String, LocalizedText> names = new HashMap<>();
        parties().forEach(p -> names.put(p.code(), p.names()));
        organizations.listAll().forEach(o -> names.put(o.code, o.names));
        return names;
    }

    public Optional<String> chairOn(LocalDate date) {
        return chairmanships.on(date).map(c -> c.state);
    }
}
