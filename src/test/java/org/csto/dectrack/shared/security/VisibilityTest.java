package org.csto.dectrack.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The visibility rule is written once: its copy for subqueries (annotations take constants only) is the same rule. */
class VisibilityTest {
    @Test
    void theRuleOnASubqueryIsTheRuleOnTheEntity() {
        assertEquals(Visibility.DOCUMENT_ROW.replace("{alias}", "vd"), Visibility.DOCUMENT_VD);
        for (String condition : new String[] {Visibility.BY_DOCUMENT, Visibility.BOTH_ENDS, Visibility.BY_MEASURE}) {
            assertTrue(condition.contains(Visibility.DOCUMENT_VD), condition);
        }
        assertTrue(Visibility.RECORDED.contains(Visibility.DOCUMENT_ROW));
    }

    @Test
    void aClearanceClearsItsLevelAndThoseBelow() {
        assertTrue(Classification.RESTRICTED.clears(Classification.PUBLIC));
        assertTrue(Classification.RESTRICTED.clears(Classification.RESTRICTED));
        assertFalse(Classification.RESTRICTED.clears(Classification.CONFIDENTIAL));
        assertTrue(Classification.CONFIDENTIAL.clears(Classification.CONFIDENTIAL));
    }
}
