package org.csto.dectrack.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.csto.dectrack.shared.http.Etags;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.paging.PageRequest;
import org.csto.dectrack.shared.paging.Sorting;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

class SharedRulesTest {
    private static final Sorting SORTING = Sorting.of("s.id", "-date", Sorting.key("date", "s.startDate", LocalDate.class),
            Sorting.key("body", "s.body", String.class));

    @Test
    void sortKeysComeFromTheAllowListWithTheIdLast() {
        PageRequest request = PageRequest.of("2", "50", "-date,body", SORTING);
        assertEquals(100, request.offset());
        assertEquals("s.startDate desc nulls last, s.body asc nulls last, s.id asc", request.orderBy());
        ProblemException unknown = assertThrows(ProblemException.class, () -> PageRequest.of(null, null, "name; drop table x", SORTING));
        assertEquals(ProblemType.BAD_PARAMETER, unknown.type());
        assertThrows(ProblemException.class, () -> PageRequest.of(null, "201", null, SORTING));
        assertThrows(ProblemException.class, () -> PageRequest.of("-1", null, null, SORTING));
    }

    @Test
    void ifMatchIsRequiredAndMustBeCurrent() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED, assertThrows(ProblemException.class, () -> Etags.require(null, 3)).type());
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ProblemException.class, () -> Etags.require("\"2\"", 3)).type());
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ProblemException.class, () -> Etags.require("junk", 3)).type());
        assertEquals(3, Etags.require("\"3\"", 3));
        assertEquals(3, Etags.require("W/\"3\"", 3));
        assertEquals(3, Etags.require("\"3.late2\"", 3), "the day's part describes the reading, not the record");
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> Etags.require("\"2.late2\"", 3)).type());
        assertEquals("\"3\"", Etags.of(3, "").toString());
        assertEquals("\"3.risk\"", Etags.of(3, "risk").toString());
    }

    @Test
    void russianIsTheFallbackLanguage() {
        LocalizedText onlyRussian = new LocalizedText("Секретариат", null);
        assertEquals("Секретариат", onlyRussian.in(Lang.EN));
        assertEquals("Secretariat", new LocalizedText("Секретариат", "Secretariat").in(Lang.EN));
        assertEquals("Секретариат", new LocalizedText("Секретариат", "Secretariat").in(Lang.RU));
    }

    @Test
    void idsAreTimeOrderedVersion7() {
        UUID first = Ids.newId();
        UUID second = Ids.newId();
        assertEquals(7, first.version());
        assertEquals(2, first.variant());
        assertTrue(first.getMostSignificantBits() >>> 16 <= second.getMostSignificantBits() >>> 16);
    }
}
