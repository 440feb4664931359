package org.csto.dectrack.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    private static boolean finds(String q, String text) {
        return SearchTerms.matches(SearchTerms.of(text), SearchTerms.query(q));
    }

    @Test
    void russianAndEnglishWordsMatchTheirOtherForms() {
        assertTrue(finds("граница", "Программа по укреплению таджикско-афганской границы"));
        assertTrue(finds("границ", "на границе"));
        assertTrue(finds("border", "Strengthening the Tajik-Afghan borders"));
        assertTrue(finds("borders", "the border"));
        assertTrue(finds("Tajik-Afghan", "Strengthening the Tajik-Afghan border"));
        assertTrue(finds("таджикско", "таджикско-афганской границы"));
    }

    @Test
    void caseAndYoAreFolded() {
        assertTrue(finds("ОБЪЕДИНЁННЫЙ", "Объединенный штаб"));
        assertTrue(finds("объединенный", "Объединённый штаб"));
        assertEquals(SearchTerms.of("Объединённый ШТАБ"), SearchTerms.of("объединенный штаб"));
    }

    @Test
    void everyWordOfTheQueryMustBeFound() {
        assertTrue(finds("border programme", "Programme on the border"));
        assertFalse(finds("border airspace", "Programme on the border"));
        assertFalse(finds("граница", "Решение о бюджете"));
    }

    @Test
    void aQueryWithoutLettersOrDigitsFindsNothing() {
        assertEquals(List.of(), SearchTerms.query("%_! -- ;"));
        assertFalse(finds("%_!", "100% of the budget_!"));
    }

    @Test
    void referencesSplitIntoTheirParts() {
        assertTrue(finds("CSC-2024-02", "CSC-2024-02A"));
        assertTrue(finds("2024", "CSC-2024-02"));
    }

    @Test
    void postgresQueryAndH2RangeHoldOnlyLettersAndDigits() {
        List<String> query = SearchTerms.query("Границы & borders | !(x)");
        assertEquals(List.of("границ", "border", "x"), query);
        assertEquals("границ:* & border:* & x:*", SearchTerms.tsquery(query));
        String upper = SearchTerms.upperBound("границ");
        assertTrue("границам".compareTo("границ") >= 0 && "границам".compareTo(upper) < 0);
        assertFalse("граница".compareTo(upper) >= 0);
        assertTrue("границz".compareTo(upper) < 0);
    }

    @Test
    void queriesAreCappedInWordsAndStoredTermsInLength() {
        assertEquals(SearchTerms.MAX_QUERY_WORDS, SearchTerms.query("a b c d e f g h i j k l").size());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10000; i++) {
            many.append("w").append(i).append(' ');
        }
        assertTrue(SearchTerms.of(many.toString()).length() <= SearchTerms.MAX_LENGTH);
    }
}
