package org.csto.dectrack.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.csto.dectrack.shared.problem.ProblemException;

/** Checks codes of states, bodies and parties for other features; unknown codes name the field. */
@ApplicationScoped
public class ReferenceData {
    @Inject MemberStateRepository states;
    @Inject BodyRepository bodies;
    @Inject ChairmanshipRepository chairmanships;

    public String requireState(String field, String code) {
        if (code == null || states.findById(code) == null) {
            throw ProblemException.invalidField(field, "unknown member state '" + code + "'");
        }
        return code;
    }

    public void requireStates(String field, Collection<String> codes) {
        int i = 0;
        for (String code : codes) {
            requireState(field + "[" + i++ + "]", code);
        }
    }

    public String requireBody(String field, String code) {
        if (code == null || bodies.findById(code) == null) {
            throw ProblemException.invalidField(field, "unknown body '" + code + "'");
        }
        return code;
    }

    /** A party is a body or a member state: whoever leads, contributes to or reports on a measure. */
    public String requireParty(String field, String code) {
        if (code == null || (states.findById(code) == null && bodies.findById(code) == null)) {
            throw ProblemException.invalidField(field, "unknown body or member state '" + code + "'");
        }
        return code;
    }

    public boolean isState(String code) {
        return code != null && states.findById(code) != null;
    }

    public Optional<String> chairOn(LocalDate date) {
        return chairmanships.on(date).map(c -> c.state);
    }
}
