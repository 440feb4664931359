package org.csto.dectrack.shared.paging;

import static org.csto.dectrack.shared.paging.Sorting.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.csto.dectrack.shared.problem.ProblemException;
import org.csto.dectrack.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The rules of paging without a database: cursors carry each kind of sort-key value and refuse what is not theirs,
 * the seek condition follows "nulls last" both ways, totals stop at the cap, and the Link header says what is known.
 */
class PagingRulesTest {
    enum Colour { RED, GREEN }

    private static final Sorting SORTING = Sorting.of("x.id", "due",
            key("due", "x.due", LocalDate.class), key("name", "x.name", String.class), key("colour", "x.colour", Colour.class),
            key("count", "x.count", Integer.class), key("big", "x.big", Long.class), key("share", "x.share", Double.class));

    private static PageRequest request(String page, String sort, String cursor) {
        return PageRequest.of(page, "20", sort, cursor, SORTING);
    }

    private static String refusal(Runnable request) {
        ProblemException refused = assertThrows(ProblemException.class, request::run);
        assertEquals(ProblemType.BAD_PARAMETER, refused.type());
        assertEquals("cursor", refused.toProblem("/x").violations().get(0).field());
        return refused.getMessage();
    }

    @Test
    void aCursorCarriesEveryKindOfSortKeyBackAsItsType() {
        String sort = "due,-name,colour,count,-big,share,updatedAt";
        UUID id = UUID.randomUUID();
        List<Object> values = Arrays.asList(LocalDate.of(2026, 3, 31), "CSC-2024-02A/M1 «ä»", Colour.GREEN, 7,
                9_000_000_000L, 35.5, Instant.parse("2026-11-29T10:00:00.123456Z"));
        String token = Cursor.encode(sort, values, id);
        assertTrue(token.matches(Cursor.PATTERN), token);
        PageRequest request = request(null, sort, token);
        assertEquals(values, request.after().values());
        assertEquals(id, request.after().id());
        assertEquals(sort, request.sort());

        PageRequest nulls = request(null, "due,name", Cursor.encode("due,name", Arrays.asList(null, null), id));
        assertEquals(Arrays.asList(null, null), nulls.after().values());
    }

    @Test
    void aCursorThatIsNotOneOrNotForThisSortOrBesideAPageIsRefusedNamingIt() {
        UUID id = UUID.randomUUID();
        String token = Cursor.encode("due", List.of(LocalDate.of(2026, 3, 31)), id);
        String json = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        for (String bad : List.of("garbage", "!!", token.substring(1), "x".repeat(Cursor.MAX_LENGTH + 1),
                reencode(json.replace("\"v\":1", "\"v\":2")), reencode(json.replace("2026-03-31", "31.03.2026")),
                reencode(json.replace("\"keys\":[", "\"keys\":[null,")), reencode(json.replace(id.toString(), "7")),
                reencode(json.replace("\"2026-03-31\"", "20260331")), reencode(json.replace("2026-03-31", "+100000-03-31")),
                reencode("{}"), reencode("null"))) {
            refusal(() -> request(null, "due", bad));
        }
        refusal(() -> request(null, "name", Cursor.encode("name", List.of("CSC\u0000"), id)));
        refusal(() -> request(null, "updatedAt", Cursor.encode("updatedAt", List.of("+294277-01-01T00:00:00Z"), id)));
        refusal(() -> request(null, "share", Cursor.encode("share", List.of("NaN"), id)));
        assertTrue(refusal(() -> request(null, "-due", token)).contains("another sort"));
        assertTrue(refusal(() -> request(null, "due,name", token)).contains("another sort"));
        assertTrue(refusal(() -> request("0", "due", token)).contains("page"));
        assertEquals(0, request("0", "due", " ").offset(), "a blank cursor is none");
    }

    private static String reencode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSeekConditionPutsNullsLastBothWaysAndTheIdLast() {
        UUID id = UUID.randomUUID();
        PageRequest after = request(null, "due,-name", Cursor.encode("due,-name", List.of(LocalDate.of(2026, 1, 1), "B"), id));
        PageRequest.Seek seek = after.seek();
        assertEquals("(x.due > :cursorKey0 or x.due is null or (x.due = :cursorKey0 and "
                + "(x.name < :cursorKey1 or x.name is null or (x.name = :cursorKey1 and x.id > :cursorId))))", seek.condition());
        assertEquals(Map.of("cursorKey0", LocalDate.of(2026, 1, 1), "cursorKey1", "B", "cursorId", id), seek.parameters());
        assertEquals(0, after.offset());

        PageRequest afterNull = request(null, "-due", Cursor.encode("-due", Arrays.asList((Object) null), id));
        assertEquals("(x.due is null and x.id > :cursorId)", afterNull.seek().condition());
        assertEquals(Map.of("cursorId", id), afterNull.seek().parameters());
        assertNull(request("3", "due", null).seek(), "a page by number has an offset instead");
        assertEquals(60, request("3", "due", null).offset());
    }

    @Test
    void aSortKeyACursorCannotCarryIsABugFoundWhenTheListIsDeclared() {
        assertThrows(IllegalArgumentException.class, () -> key("tags", "x.tags", List.class));
    }

    @Test
    void totalsStopAtTheCap() {
        assertEquals(new Total(0, true), Total.counted(0));
        assertEquals(new Total(PageRequest.COUNT_CAP, true), Total.counted(PageRequest.COUNT_CAP));
        assertEquals(new Total(PageRequest.COUNT_CAP, false), Total.counted(Total.countLimit(PageRequest.COUNT_CAP)));
        assertEquals(PageRequest.COUNT_CAP / 20, Total.counted(PageRequest.COUNT_CAP + 1).pages(20));
        assertEquals(new Total(3, false), Total.counted(4, 3));
        assertEquals(2, new Total(3, true).pages(2));
    }

    private static final Supplier<UriBuilder> REQUEST = () -> UriBuilder.fromUri("http://host/api/v1/measures?sort=dueDate");

    private static PageView<String> page(String page, String cursor, Total total, String next) {
        PageRequest request = PageRequest.of(page, "20", null, cursor, SORTING);
        return PageView.of(List.of("a"), request, total, next);
    }

    @Test
    void linksNameTheLastPageOnlyWhenTheTotalIsExactAndFollowCursors() {
        assertEquals("<http://host/api/v1/measures?sort=dueDate&page=0&size=20>; rel=\"first\", "
                        + "<http://host/api/v1/measures?sort=dueDate&page=1&size=20>; rel=\"prev\", "
                        + "<http://host/api/v1/measures?sort=dueDate&page=3&size=20>; rel=\"next\", "
                        + "<http://host/api/v1/measures?sort=dueDate&page=4&size=20>; rel=\"last\"",
                Links.header(REQUEST, page("2", null, new Total(81, true), "n")));
        String capped = Links.header(REQUEST, page("700", null, Total.counted(PageRequest.COUNT_CAP + 1), "n"));
        assertTrue(capped.contains("page=699&size=20>; rel=\"prev\""), capped);
        assertTrue(capped.contains("page=701&size=20>; rel=\"next\""), capped);
        assertFalse(capped.contains("rel=\"last\""), capped);
        assertFalse(Links.header(REQUEST, page("4", null, new Total(81, true), null)).contains("rel=\"next\""));

        String token = Cursor.encode("due", List.of(LocalDate.of(2026, 1, 1)), UUID.randomUUID());
        PageView<String> afterCursor = page(null, token, Total.counted(PageRequest.COUNT_CAP + 1), "NEXT");
        assertNull(afterCursor.page());
        Supplier<UriBuilder> request = () -> UriBuilder.fromUri("http://host/api/v1/measures?sort=dueDate&cursor=OLD&size=20");
        assertEquals("<http://host/api/v1/measures?sort=dueDate&size=20>; rel=\"first\", "
                + "<http://host/api/v1/measures?sort=dueDate&size=20&cursor=NEXT>; rel=\"next\"", Links.header(request, afterCursor));
        assertEquals("<http://host/api/v1/measures?sort=dueDate&size=20>; rel=\"first\"",
                Links.header(request, page(null, token, new Total(1, true), null)));
    }
}
